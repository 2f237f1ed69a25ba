"""Article-level resolution: from sentence frames to TransferReports.

- speakers: person names resolve through the article's bindings ("le porte-parole … de la Maison
  Blanche, John Kirby" binds *Kirby* to USA); pronouns and definite descriptions ("il",
  "l'administration", "the official") resolve to the most recent named claimant; first-person
  suppliers ("nous allons continuer à fournir") are the speaker's state.
- incomplete frames ("ces obus", "les expéditions", "future transfers of missiles") inherit the
  supplier and recipient of the most recent consistent transfer within a few sentences.
- denials with no predicate of their own ("l'Iran les a démenties") attach to the recent
  transfers whose supplier or recipient is the denier.
- one report per (supplier, recipient, category); a generic "weapons" report is kept only when
  the same pair has no specific category in the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from armswatch.nlp.frames import Frame, Speaker
from armswatch.nlp.gazetteer import Mention
from armswatch.records import CATEGORIES, Actor, Evidence, TransferReport

WINDOW = 3  # sentences an anaphor or a denial may reach back
STATUS_RANK = {"reported": 2, "planned": 1, "denied_only": 0}


@dataclass(slots=True)
class Draft:
    """A frame with every actor resolved, ready to merge."""

    supplier: str
    recipient: str
    category: str
    materiel: str
    status: str
    claimants: list[str]
    deniers: list[str]
    via: list[str]
    covert: bool
    quantity: str | None
    quantity_value: float | None
    evidence: list[tuple[int, int]]
    confidence: float
    sent_index: int


# a delivery named with its recipient alone: "Deliveries to Abu Dhabi began in 2009"
DELIVERY_WORDS = frozenset({"delivery", "deliveries", "livraison", "livraisons"})
CONTEXT_WINDOW = 8  # sentences over which an implicit recipient or materiel carries
PRONOUN_REACH = 250  # characters before a sentence in which "it" / "lui" finds the state it means

# a live blog's entry opens on its time: "11:30", "12h06 -", "09:15 IST", "14.05 GMT –"
_ENTRY_STAMP = re.compile(
    r"(?m)^[ \t]*\d{1,2}[h:.]\d{2}(?:[ \t]*(?:GMT|UTC|CET|CEST|BST|IST|ET|EST|EDT))?"
    r"[ \t]*(?:[-–—:|][ \t]|$)"
)


# a demonym on a state's forces or government names the state as its name would ("l'armée
# libanaise", "the Lebanese army"), unlike one on materiel ("Turkish drones")
_FORCE_BEFORE = re.compile(
    r"\b(?:armée(?: de l'air| de terre)?|marine|aviation|forces(?: armées)?|gouvernement|régime"
    r"|garde côtière|état-major)\s+$",
    re.IGNORECASE,
)
_FORCE_AFTER = re.compile(
    r"^\s+(?:army|navy|air force|armed forces|forces|military|government|regime|coast guard)\b",
    re.IGNORECASE,
)


def named_states(
    mentions: Iterable[Mention], kind: Callable[[str], str], text: str = ""
) -> list[tuple[int, str, bool]]:
    """(offset, state id, by demonym) of the states an article ``text`` names, for
    ``Resolver.described_state``; a demonym on the state's forces or government counts as a
    name."""

    def by_demonym(m: Mention) -> bool:
        if m.type != "demonym" or not text:
            return m.type == "demonym"
        before = text[max(0, m.start - 30) : m.start]
        after = text[m.end : m.end + 20]
        return not (_FORCE_BEFORE.search(before) or _FORCE_AFTER.match(after))

    return [(m.start, m.actor_id, by_demonym(m)) for m in mentions if kind(m.actor_id) == "state"]


def needs_state_mentions(frames: Iterable[Frame]) -> bool:
    """Whether resolving these frames may need where the article names its states: a buyer
    named by description ("le pays"), a purchase with no buyer at all, or goods handed over
    to nobody named."""
    return any(
        f.recipient_described
        or (f.kind == "buy" and f.seller_named and not f.recipients)
        # "Through the 1970s Beijing supplied tanks", in an article about Tanzania
        or (f.handover and f.suppliers and not f.recipients)
        for f in frames
    )


def entry_starts(text: str) -> list[int]:
    """Offsets where a live blog's timestamped entries begin (none in an ordinary article)."""
    return [m.start() for m in _ENTRY_STAMP.finditer(text)]


@dataclass(slots=True)
class Unsent:
    """Goods a frame sends to nobody named yet, kept for the sentence that says who got them."""

    sent_index: int
    suppliers: list[str]
    categories: list[tuple[str, str]]
    via: list[str]
    evidence: tuple[int, int]


@dataclass(slots=True)
class Unfilled:
    """A transfer whose goods the sentence does not name ("authorised the Pentagon to equip the
    YPG"), kept for a package list right after it ("the package would include small arms")."""

    sent_index: int
    suppliers: list[str]
    recipients: list[str]
    status: str
    claimants: list[str]
    via: list[str]
    evidence: tuple[int, int]


@dataclass(slots=True)
class Resolver:
    bindings: dict[str, str]  # person surname -> actor id
    last_claimant: str | None = None
    drafts: list[Draft] = field(default_factory=list)
    # (sentence, recipients, categories) of every frame seen, complete or not
    history: list[tuple[int, list[str], list[tuple[str, str]]]] = field(default_factory=list)
    # (sentence, actors) of every frame that named its subject: what "it" may refer to
    subject_history: list[tuple[int, list[str]]] = field(default_factory=list)
    # goods sent with no recipient named yet: "a shipment from Norinco docked at Mombasa …
    # From there the containers were handed to the army"
    unsent: list[Unsent] = field(default_factory=list)
    unfilled: Unfilled | None = None
    parties: set[str] = field(default_factory=set)

    def new_entry(self) -> None:
        """A live blog's next timestamped entry: a quote in it is nobody's from the entry
        before (the topic may carry on: the jets of one entry are those of the next)."""
        self.last_claimant = None

    def recent_recipients(self, sent_index: int, exclude: list[str]) -> list[str]:
        for idx, recipients, _ in reversed(self.history):
            if idx < sent_index - CONTEXT_WINDOW:
                break
            keep = [x for x in recipients if x not in exclude]
            if keep:
                return keep[:1]
        return []

    def described_state(
        self,
        f: Frame,
        exclude: list[str],
        state_mentions: list[tuple[int, str, bool]],
        monarchies: frozenset[str],
        actor_kind: Callable[[str], str],
    ) -> list[str]:
        """ "le pays a reçu …", "its navy operates …", "the kingdom buys …": the state the
        article is about at that point: the last state that received something within a few
        sentences, else the state that has received most in the article so far, else the state
        it has named most so far (the first named on a tie)."""

        def fits(x: str) -> bool:
            # "them" may be an armed group ("the rebels of the SPLM-IO … accused Sudan of
            # arming them"); a description ("the country", "its army") is a state
            kinds = {"state", "group"} if f.recipient_described == "pronoun" else {"state"}
            if x in exclude or actor_kind(x) not in kinds:
                return False
            return f.recipient_described != "monarchy" or x in monarchies

        def last_received(window: int) -> list[str]:
            """The last state that fits and received something in the ``window`` sentences
            before the frame's."""
            for idx, recipients, _ in reversed(self.history):
                if idx < f.sent_index - window:
                    break
                if idx == f.sent_index:
                    continue
                keep = [x for x in recipients if fits(x)]
                if keep:
                    return keep[:1]
            return []

        if f.recipient_described == "pronoun":
            # "Israël a fourni à Bakou des drones. La Turquie lui a vendu …": the buyer of the
            # sentence before, else its subject, else the state named last before the
            # sentence, if it was named close enough to be what "it" stands for
            before = last_received(1)
            if before:
                return before
            # "Azerbaijan has many suppliers. Israel sold it drones": its subject
            subjects = [x for x in f.antecedents if fits(x)]
            if subjects:
                return subjects[:1]
            near = [
                (demonym, -start, actor)
                for start, actor, demonym in state_mentions
                if f.sent_start - PRONOUN_REACH <= start < f.sent_start and fits(actor)
            ]
            return [min(near)[2]] if near else []
        if f.recipient_described == "possessive":
            # "Thailand is also a Chinese customer. Its army bought …": the buyer of the
            # sentence before, else the state its subject named; else as "the army" would be
            named = last_received(1) or [x for x in f.antecedents if fits(x)][:1]
            if named:
                return named
        nearby = last_received(CONTEXT_WINDOW)
        if nearby:
            return nearby
        # the state that has received most so far: an article on Turkish drones for Sudan
        # names Turkey most, but "the army" is Sudan's
        received: dict[str, int] = {}
        for d in self.drafts:
            if fits(d.recipient) and d.status != "denied_only":
                received[d.recipient] = received.get(d.recipient, 0) + 1
        if received:
            return [max(received, key=lambda a: received[a])]
        # a demonym ("Turkish rocket launchers", "chars chinois") mostly says where materiel
        # comes from, not what the article is about: demonyms count only when no state that
        # fits is named otherwise
        counts: dict[str, tuple[int, int]] = {}
        for by_demonym in (False, True):
            for start, actor, demonym in state_mentions:
                if start >= f.sent_start:
                    break
                if demonym == by_demonym and fits(actor):
                    n, first = counts.get(actor, (0, -start))
                    counts[actor] = (n + 1, first)
            if counts:
                break
        if not counts:
            return []
        # most named; on a tie, the one named first (an article opens on its subject)
        return [max(counts, key=lambda a: counts[a])]

    def sole_supplier(self, recipients: list[str], categories: set[str]) -> list[str]:
        """The supplier of every transfer of these categories to these recipients so far, when
        there is exactly one."""
        found = {
            d.supplier
            for d in self.drafts
            if d.status != "denied_only" and d.recipient in recipients and d.category in categories
        }
        return list(found) if len(found) == 1 else []

    def topic_state(
        self,
        exclude: list[str],
        state_mentions: list[tuple[int, str, bool]],
        actor_kind: Callable[[str], str],
    ) -> list[str]:
        """The state the whole article is about: named (by name or demonym) at least three
        times and at least twice as often as any other state but the ``exclude``d; else none."""
        counts: dict[str, int] = {}
        for _start, actor, _demonym in state_mentions:
            if actor not in exclude and actor_kind(actor) == "state":
                counts[actor] = counts.get(actor, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 3 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
            return []
        return [max(counts, key=lambda a: counts[a])]

    def main_recipient(self, exclude: list[str]) -> list[str]:
        """The recipient most of the article's transfers so far went to."""
        counts: dict[str, int] = {}
        for d in self.drafts:
            if d.status != "denied_only" and d.recipient not in exclude:
                counts[d.recipient] = counts.get(d.recipient, 0) + 1
        if not counts:
            return []
        return [max(counts, key=lambda a: counts[a])]

    def recent_categories(self, sent_index: int) -> list[tuple[str, str]]:
        for idx, _, categories in reversed(self.history):
            if idx < sent_index - CONTEXT_WINDOW:
                break
            if categories:
                return categories
        return []

    def speakers(self, sp: Speaker) -> list[str]:
        if sp.kind in {"actor", "act"}:
            return sp.value.split(",")
        one = self.speaker(sp)
        return [one] if one else []

    def speaker(self, sp: Speaker) -> str | None:
        if sp.kind in {"actor", "act"}:
            return sp.value.split(",")[0]
        if sp.kind in {"person", "official"}:
            return self.bindings.get(sp.value)
        if sp.kind == "body":
            return self.bindings.get(sp.value, "media")
        if sp.kind == "generic":
            return self.last_claimant
        if sp.kind == "media":
            return "media"
        return None


def resolve(
    frames: Iterable[Frame],
    bindings: dict[str, str],
    *,
    actor_kind: Callable[[str], str],
    origin_of: Callable[[list[str]], str | None] = lambda texts: None,
    state_mentions: list[tuple[int, str, bool]] | None = None,
    monarchies: frozenset[str] = frozenset(),
    entries: Iterable[int] = (),
) -> list[Draft]:
    """Drafts from an article's frames. ``state_mentions`` are (offset, state id, by demonym) of
    every state the article names, in order; they resolve buyers named by description ("le
    pays"). ``entries`` are the offsets where a live blog's timestamped entries begin."""
    state_mentions = sorted(state_mentions or [])
    starts = sorted(entries)
    r = Resolver(dict(bindings))
    # copies: the rules that fill a frame from its neighbours must not change the caller's
    # frames (``doc._.transfer_frames`` keeps them as the sentences gave them)
    frames = _denial_detailed_next(_giver_named_next([replace(f) for f in frames]))
    # every state or group the article names as giving or getting something (a giver or goods
    # named with it)
    r.parties = {
        x
        for f in frames
        if f.kind != "denial" and (f.suppliers or any(c != "unspecified" for c, _ in f.materiel))
        for x in (*f.suppliers, *f.recipients)
    }
    for f in frames:
        if starts and starts[0] <= f.sent_start:
            while starts and starts[0] <= f.sent_start:
                starts.pop(0)
            r.new_entry()
        parties = {*f.suppliers, *f.recipients}
        claimants = _unique(
            x
            for s in f.speakers
            # "the House approved a package": the approver asserts its own transfer, not the
            # one a vaguer frame would inherit from another state (checked again per draft)
            if s.kind != "act" or parties & set(s.value.split(","))
            for x in r.speakers(s)
        )
        approvers = {x for s in f.speakers if s.kind == "act" for x in s.value.split(",")}
        approvers -= {x for s in f.speakers if s.kind != "act" for x in r.speakers(s)}
        # an official of unnamed state speaking of a transfer: their state is the supplier's,
        # the buyer's when the sentence is about what the buyer got ("South Korea's army will
        # retire its Russian-built tanks, the defence ministry said")
        side = f.recipients if f.kind == "buy" and f.recipients else f.suppliers
        if (
            not claimants
            and side
            and any(s.kind == "official" and s.value not in r.bindings for s in f.speakers)
        ):
            r.bindings[next(s.value for s in f.speakers if s.kind == "official")] = side[0]
            claimants = [side[0]]
        deniers = _unique(x for s in f.deniers for x in r.speakers(s) if x != "media")
        if not claimants and not deniers and f.in_quote and r.last_claimant:
            # a quote with no speaker of its own continues the last one; a quote whose speaker
            # denies ("« Nous ne vendons pas… », a rétorqué le président serbe") is the denier's
            claimants = [r.last_claimant]
        if f.kind == "thank":
            # "Reznikov thanked Norway for the systems": the thanking side asserts the delivery
            claimants = _unique([*claimants, *f.recipients])
        named = [c for c in claimants if c != "media"]
        spoke = [c for c in named if c not in approvers]  # an approval is no statement
        if spoke:
            r.last_claimant = spoke[-1]
        elif not named and deniers and f.kind != "denial":
            # the denier spoke last: "Il a également répété que la Serbie n'avait jamais vendu…"
            r.last_claimant = deniers[-1]

        both_deny = any(s.kind == "parties" for s in f.deniers)
        if f.kind == "denial":
            if both_deny:
                _attach_denial_by_parties(r, f)
            _attach_denial(r, f, deniers)
            continue
        if f.kind == "mention":
            r.history.append((f.sent_index, [], _categories(f)))
            if f.continues:
                _continue_package(r, f, claimants)
            elif named:
                _corroborate(r, f, named)
            continue

        suppliers = list(f.suppliers)
        if f.supplier_is_speaker or (f.supplier_is_generic and not suppliers):
            # "son pays n'avait pas livré": the speaker's (or the denier's) own state
            who = named[0] if named else (deniers[0] if deniers else r.last_claimant)
            if who and who != "media":
                suppliers = [who]
        if not suppliers and f.supplier_pronoun:
            # "Sweden is not new to arming Ukraine. It has already sent Kyiv 50 CV90": "it" is
            # the supplier named just before
            for idx, subjects in reversed(r.subject_history):
                if idx < f.sent_index - 1:
                    break
                keep = [x for x in subjects if x not in f.recipients]
                if keep:
                    suppliers = keep[:1]
                    break
        # who the sentence was about: the supplier of a supply, the buyer of a purchase
        subject = {"supply": f.suppliers, "buy": f.recipients}.get(f.kind, [])
        if subject:
            r.subject_history.append((f.sent_index, list(subject)))
        suppliers = [s for s in suppliers if actor_kind(s) != "region"]
        recipients = [x for x in f.recipients if x not in suppliers and actor_kind(x) != "region"]
        if not recipients and f.recipient_is_speaker:
            recipients = [x for x in named if x not in suppliers][:1]
        if not recipients and f.recipient_described and (suppliers or f.origin):
            recipients = r.described_state(
                f, [*suppliers, f.origin or ""], state_mentions, monarchies, actor_kind
            )
            if (
                f.recipient_described == "state"
                and suppliers
                and f.anaphoric
                and set(r.described_state(f, [], state_mentions, monarchies, actor_kind))
                <= set(suppliers)
            ):
                # "le colonel Goïta a remis à l'armée de l'air une dizaine d'appareils": the
                # army of the state the article is about, given its goods by its own leader
                recipients = []
        categories = _categories(f)
        r.history.append((f.sent_index, recipients, categories))
        if any(s.kind == "parties" for s in f.speakers):
            # "both countries confirmed that …": supplier and recipient assert it
            claimants = _unique([*claimants, *suppliers, *recipients])
        if both_deny:
            deniers = _unique([*deniers, *suppliers, *recipients])
        inherited = False
        carried: Unsent | None = None
        generic = all(c == "unspecified" for c, _ in categories)
        if f.status == "denied_only" and suppliers and generic and not recipients:
            # "Tehran has consistently denied arming the group": the group of the transfer
            # just reported, and every kind of weapon it got
            given = [d for d in r.drafts if d.supplier in suppliers and d.status != "denied_only"]
            recipients = [given[-1].recipient] if given else []
        if f.status == "denied_only" and suppliers and recipients and generic:
            # "both rejected claims that North Korea is arming Russia": the pair's transfers
            pair = [d for d in r.drafts if d.supplier in suppliers and d.recipient in recipients]
            if f.materiel:
                pair = _materiel_only(pair)
            if pair and deniers:
                for d in pair:
                    d.deniers = _unique([*d.deniers, *deniers])
                    if (f.sent_start, f.sent_end) not in d.evidence:
                        d.evidence.append((f.sent_start, f.sent_end))
                continue
        if (
            (f.kind == "buy" or f.purchase)
            and not suppliers
            and recipients
            and categories
            and f.origin
            and f.origin not in recipients
        ):
            # "les F-16 commandés par les Forces armées royales": a named system bought with no
            # seller named is bought from its maker, whatever transfer came before
            suppliers = [f.origin]
        if not (suppliers and recipients and categories):
            # a buyer described but unnamed ("its neighbour") is nobody named before, nor is a
            # giver ("supplied by companies in other European countries")
            unnamed = (f.buyer_unnamed and not recipients) or (f.supplier_unnamed and not suppliers)
            anchor = None if unnamed else _anchor(r, f, suppliers, recipients, categories)
            if anchor is None and _transit_leg(r, f, suppliers, recipients, categories, actor_kind):
                continue
            if anchor is not None:
                # the frame adds to the anchor's transfer: same pair; its own materiel or the
                # anchor's
                suppliers = [anchor[0].supplier]
                recipients = [anchor[0].recipient]
                if f.anaphoric and categories and all(c == "unspecified" for c, _ in categories):
                    # "Ces armes, livrées en 2003": the weapons just named, each of their kinds
                    categories = []
                if not categories:
                    categories = [(d.category, d.materiel) for d in anchor]
                    if f.via:
                        # "the main cargo had been shipped via Djibouti": the route of the
                        # whole shipment, each kind of weapon in it
                        shipped = (anchor[0].supplier, anchor[0].recipient)
                        categories = list(
                            dict.fromkeys(
                                (d.category, d.materiel)
                                for d in r.drafts
                                if (d.supplier, d.recipient) == shipped
                                and d.status != "denied_only"
                            )
                        )
            else:
                # topic continuity: "Norway has pledged six of the jets" (to Ukraine, named
                # sentences earlier); "Belgium has promised 30" (jets); "qui en a reçu" (Caesar)
                own_drafts = [
                    d for d in r.drafts if d.supplier in suppliers and d.status != "denied_only"
                ]
                if not categories and not recipients and f.anaphoric and own_drafts:
                    # "Les approvisionnements nord-coréens …" paragraphs after North Korea's
                    # shells to Russia: its own transfer, not the last one in the article
                    recipients = [own_drafts[-1].recipient]
                    categories = [(own_drafts[-1].category, own_drafts[-1].materiel)]
                if not categories and f.anaphoric and (suppliers or recipients):
                    categories = r.recent_categories(f.sent_index)
                if (
                    not categories
                    and not suppliers
                    and recipients
                    and f.status == "reported"
                    and f.trigger.lower() in DELIVERY_WORDS
                ):
                    # "Deliveries to Abu Dhabi finally began in 2009", paragraphs after the
                    # Emirates signed for the systems: the order to that buyer is delivered
                    ordered = [
                        d for d in r.drafts if d.recipient in recipients and d.status == "planned"
                    ]
                    if len({d.supplier for d in ordered}) == 1:
                        suppliers = [ordered[0].supplier]
                        categories = list(dict.fromkeys((d.category, d.materiel) for d in ordered))
                pending = [u for u in r.unsent if u.sent_index >= f.sent_index - CONTEXT_WINDOW]
                if (
                    not suppliers
                    and recipients
                    and f.anaphoric
                    and f.hands_over
                    and not f.materiel
                    and pending
                ):
                    # "a shipment from China docked at Mombasa; its cargo included missiles …
                    # the containers were handed to the army": the goods sent, now received
                    carried = pending[-1]
                    r.unsent.remove(carried)  # received once: later hand-overs are others
                    suppliers = [x for x in carried.suppliers if x not in recipients]
                    categories = carried.categories or categories
                if not suppliers and recipients and categories and not f.captured:
                    # "Bamako a reçu des Bayraktar TB2": the maker's state, if nobody is named
                    maker = f.origin or origin_of([text for _, text in categories])
                    if maker and maker not in recipients:
                        suppliers = [maker]
                if not suppliers and recipients and categories:
                    # "Sawari II provided for two frigates to Saudi Arabia", paragraphs after
                    # France's frigates for the kingdom: the one supplier of that kind of
                    # materiel to that recipient in the article
                    suppliers = r.sole_supplier(recipients, {c for c, _ in categories})
                if not suppliers and recipients and categories and f.kind == "supply":
                    # "later they were delivered to the Syrian side", in an article where
                    # everything Syria got, of two kinds or more, came from Russia
                    kinds = {
                        d.category
                        for d in r.drafts
                        if d.status != "denied_only" and d.recipient in recipients
                    }
                    if len(kinds) >= 2:
                        suppliers = r.sole_supplier(recipients, set(CATEGORIES))
                if not suppliers and recipients and categories and f.anaphoric and f.kind == "buy":
                    # "Egypt, which has ordered 54 of the jets": the seller of the jets just
                    # reported, to whoever bought them
                    cats = {c for c, _ in categories}
                    same = [
                        d
                        for d in r.drafts
                        if d.category in cats
                        and d.sent_index >= f.sent_index - CONTEXT_WINDOW
                        and d.supplier not in recipients
                        and d.status != "denied_only"
                    ]
                    if same:
                        suppliers = [same[-1].supplier]
                # "the kingdom buys …": a described buyer is not the last recipient
                if (
                    suppliers
                    and not recipients
                    and (categories or f.anaphoric)
                    and not f.buyer_unnamed
                ):
                    recipients = r.recent_recipients(f.sent_index, suppliers)
                    if not recipients and categories and f.kind == "buy" and f.seller_named:
                        # "an earlier plan to buy 22 Gripen jets from Sweden", far into an
                        # article on Switzerland: a purchase with its seller named and no buyer
                        # is the state the article is about
                        recipients = r.described_state(
                            f, [*suppliers, f.origin or ""], state_mentions, monarchies, actor_kind
                        )
                    if not recipients and categories and f.handover:
                        # "Entities based in Thailand supplied arms worth $28 million", far
                        # into a report on Myanmar: whoever the article's transfers go to
                        recipients = r.main_recipient(suppliers)
                    if (
                        not recipients
                        and f.handover
                        and f.status != "denied_only"
                        and any(c != "unspecified" for c, _ in categories)
                        # an article on armed groups may mean one of them, not its state
                        and not any(actor_kind(x) == "group" for x in r.parties)
                    ):
                        # "Tehran sent a brigade of soldiers with transport helicopters", in
                        # an article that names Oman far more than any other state
                        recipients = r.topic_state(suppliers, state_mentions, actor_kind)
                if not (suppliers and recipients and categories):
                    if f.status == "denied_only":
                        # "a démenti toute fourniture de drones", paragraphs later
                        _attach_denial(r, f, deniers)
                    elif (
                        suppliers
                        and recipients
                        and not categories
                        and f.kind == "supply"
                        and not f.anaphoric
                    ):
                        r.unfilled = Unfilled(
                            f.sent_index,
                            list(suppliers),
                            list(recipients),
                            f.status,
                            [c for c in claimants if c not in approvers],
                            list(f.via),
                            (f.sent_start, f.sent_end),
                        )
                    elif suppliers and not recipients and f.kind in {"supply", "noun"}:
                        r.unsent.append(
                            Unsent(
                                f.sent_index,
                                list(suppliers),
                                list(categories),
                                list(f.via),
                                (f.sent_start, f.sent_end),
                            )
                        )
                    continue
            inherited = True
        confidence = 0.45 + 0.12 * min(f.syntactic_roles, 2) + (0.1 if named else 0.0)
        if inherited:
            confidence -= 0.15
        for s in suppliers:
            for rcp in recipients:
                if s == rcp:
                    continue
                for cat, text in categories:
                    own = [f.seller_of[t] for c, t in f.materiel if c == cat and t in f.seller_of]
                    if own and s not in own:
                        continue  # coordinated purchases: this item has another seller
                    r.drafts.append(
                        Draft(
                            supplier=s,
                            recipient=rcp,
                            category=cat,
                            materiel=text,
                            status=f.status,
                            claimants=[]
                            if f.status == "denied_only"
                            else [c for c in claimants if c not in approvers or c in (s, rcp)],
                            deniers=deniers if f.status == "denied_only" else [],
                            via=_unique([*f.via, *(carried.via if carried else [])]),
                            covert=f.covert,
                            quantity=f.quantity,
                            quantity_value=f.quantity_value,
                            evidence=[
                                *([carried.evidence] if carried else []),
                                (f.sent_start, f.sent_end),
                            ],
                            confidence=confidence + (0.08 if cat != "unspecified" else 0.0),
                            sent_index=f.sent_index,
                        )
                    )
    return r.drafts


def _denial_detailed_next(frames: list[Frame]) -> list[Frame]:
    """ "Le Kremlin a longtemps nié. Tass affirmait que l'URSS n'avait aucun besoin de déployer
    des missiles hors de son territoire": a bare denial followed by the denied transfer of some
    goods denies those goods, not everything the pair exchanged."""
    for f in frames:
        if f.kind != "denial" or f.materiel:
            continue
        detail = [
            g
            for g in frames
            if g.sent_index == f.sent_index + 1
            and g.kind != "denial"
            and g.status == "denied_only"
            and any(c != "unspecified" for c, _ in g.materiel)
        ]
        if detail:
            f.materiel = [m for g in detail for m in g.materiel if m[0] != "unspecified"]
    return frames


SELF_EQUIP_STEMS = ("equip", "équip", "arm")


def _giver_named_next(frames: list[Frame]) -> list[Frame]:
    """ "HRW documented five arms deliveries to the FAR. These shipments of shells and rifles
    came from France": a transfer naming only its recipient takes its giver (and, for mere
    "arms", its goods) from the next sentence, when that sentence takes the shipments up again
    and names only where they came from."""
    for f in frames:
        if (
            f.kind not in {"supply", "noun"}
            or not f.recipients
            or f.suppliers
            or f.supplier_is_speaker
            or f.supplier_pronoun
            or f.status == "denied_only"
        ):
            continue
        announced = {
            x
            for g in frames
            if g.sent_index == f.sent_index - 1
            and g.kind in {"supply", "noun"}
            and g.suppliers
            and not g.recipients
            and not g.materiel
            # "Juba has been re-equipping its forces": its own, nobody's giver
            and not re.sub(r"^r[eé]-?", "", g.trigger.lower()).startswith(SELF_EQUIP_STEMS)
            for x in g.suppliers
        }
        if f.materiel and len(announced) == 1 and not announced & set(f.recipients):
            # "China has widened its offer to naval vessels. Two frigates were transferred to
            # the Bangladeshi navy": the giver the sentence before announced, with no goods
            f.suppliers = sorted(announced)
            continue
        if f.kind != "noun":
            # "cargo planes carried the munitions to Poland": a carrier's stop may be a transit
            continue
        givers = [
            g
            for g in frames
            if g.sent_index == f.sent_index + 1
            and g.anaphoric
            and g.kind in {"arrival", "supply"}
            and g.suppliers
            and not g.recipients
            and g.status == f.status
        ]
        if givers:
            f.suppliers = list(givers[0].suppliers)
            if all(c == "unspecified" for c, _ in f.materiel) and givers[0].materiel:
                # "arms deliveries … these shipments of shells and rifles": what the arms were
                f.materiel = list(givers[0].materiel)
    return frames


def _categories(f: Frame) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for cat, text in f.materiel:
        seen.setdefault(cat, text)
    return list(seen.items())


def _recent_drafts(r: Resolver, f: Frame) -> list[Draft]:
    """The transfers reported (not only denied) in the frame's sentence and the few before."""
    return [
        d
        for d in r.drafts
        if f.sent_index - WINDOW <= d.sent_index <= f.sent_index and d.status != "denied_only"
    ]


def _anchor(
    r: Resolver,
    f: Frame,
    suppliers: list[str],
    recipients: list[str],
    categories: list[tuple[str, str]],
) -> list[Draft] | None:
    """The most recent transfer this incomplete frame can refer to, or None."""
    if not (categories or f.anaphoric or f.via):
        return None
    candidates = _recent_drafts(r, f)
    cats = {c for c, _ in categories}
    fitting = [
        d
        for d in candidates
        if (not suppliers or d.supplier in suppliers)
        and (not recipients or d.recipient in recipients)
    ]
    # "the drone purchase" after TB2s then helicopters went to Kenya: the drones' transfer
    same_kind = [d for d in fitting if d.category in cats]
    if not same_kind and cats - {"unspecified"} and not f.anaphoric and f.kind == "buy":
        # "Addis-Abeba cherche à acquérir des drones supplémentaires" after Russian jets: a
        # buyer after new drones names no seller, least of all the seller of something else
        return None
    fitting = same_kind or fitting
    for d in reversed(fitting):
        same = [
            x
            for x in candidates
            if x.sent_index == d.sent_index
            and (x.supplier, x.recipient) == (d.supplier, d.recipient)
        ]
        return same
    return None


# verbs that move a cargo along, by their written stems: "flew to Poland", "transportée jusqu'au
# port", "moved on into Ukraine", "remis aux forces américaines", "acheminée vers"
CARRYING_STEMS = (
    "flew", "flown", "fly", "flie", "transport", "move", "moving", "truck", "ferr", "carri",
    "carry", "airlift", "rout", "transit", "convoy", "achemin", "remis",
)  # fmt: skip


def _transit_leg(
    r: Resolver,
    f: Frame,
    suppliers: list[str],
    recipients: list[str],
    categories: list[tuple[str, str]],
    actor_kind: Callable[[str], str],
) -> bool:
    """ "Cargo planes loaded with munitions flew to Poland, while trucks took the road through
    Romania", "la cargaison a été acheminée jusqu'au port iranien de Bandar Abbas": a leg of the
    shipment just reported, with no giver and no goods named (the cargo, the munitions loaded),
    to a state that is party to none of the article's transfers, is a stop on the way, not a
    new recipient ("des armes destinées au Soudan" names goods: a destination)."""
    # ("… before they were moved on", a leg with only its stop: "at the Polish port of Gdynia")
    if suppliers or not (recipients or (f.via and f.anaphoric)):
        return False
    if f.kind not in {"supply", "arrival", "route"}:
        return False
    if not f.trigger.lower().startswith(CARRYING_STEMS):
        return False  # "sold to Iraq", "des armes destinées au Soudan": a buyer, not a stop
    if (categories and (recipients or not f.anaphoric)) or f.status != "reported":
        return False  # (but "the tanks … before they were moved on": the goods reported)
    if any(actor_kind(x) != "state" for x in recipients):
        return False
    if r.parties & set(recipients):
        return False
    recent = _recent_drafts(r, f)
    if not recent:
        # a leg told paragraphs later, in an article of one transfer: that transfer's
        sent = [d for d in r.drafts if d.status != "denied_only"]
        if len({(d.supplier, d.recipient) for d in sent}) != 1:
            return False
        recent = sent
    pair = (recent[-1].supplier, recent[-1].recipient)
    kinds = {c for c, _ in categories}
    if kinds and not any(
        (d.supplier, d.recipient) == pair and d.category in kinds for d in r.drafts
    ):
        return False
    stops = [x for x in [*recipients, *f.via] if x not in pair]
    for d in r.drafts:
        if (d.supplier, d.recipient) != pair or d.status == "denied_only":
            continue
        d.via = _unique([*d.via, *stops])
        if (f.sent_start, f.sent_end) not in d.evidence:
            d.evidence.append((f.sent_start, f.sent_end))
    return True


def _continue_package(r: Resolver, f: Frame, claimants: list[str]) -> None:
    """ "Le paquet comprend aussi des missiles Javelin": new items of the transfer reported in
    the sentence before (or the one before that; a few more after a long lead), same pair, same
    status."""
    recent: list[Draft] = []
    unfilled = r.unfilled
    if (
        unfilled is not None
        and f.sent_index - 2 <= unfilled.sent_index < f.sent_index
        and not any(unfilled.sent_index <= d.sent_index < f.sent_index for d in r.drafts)
    ):
        # "Trump has authorised the Pentagon to equip the YPG. The package would include small
        # arms …": the goods of the transfer just announced, with no goods of its own
        r.unfilled = None
        _add_package_items(
            r,
            f,
            [(s, rcp) for s in unfilled.suppliers for rcp in unfilled.recipients],
            status=unfilled.status,
            claimants=_unique([*unfilled.claimants, *(c for c in claimants if c != "media")]),
            via=unfilled.via,
            covert=False,
            lead=unfilled.evidence,
        )
        return
    # the sentence before or the one before that; "The cargo included …" after a headline
    # and a long lead may reach a little further
    for reach in (2, WINDOW + 1):
        recent = [
            d
            for d in r.drafts
            if f.sent_index - reach <= d.sent_index < f.sent_index and d.status != "denied_only"
        ]
        if recent:
            break
    if not recent:
        if r.unsent and r.unsent[-1].sent_index >= f.sent_index - 2:
            # the cargo list of goods sent to nobody named yet: more of what they hold
            held = r.unsent[-1]
            known = {c for c, _ in held.categories}
            more = [(c, t) for c, t in _categories(f) if c not in known]
            if more and "unspecified" in known:
                held.categories = [x for x in held.categories if x[0] != "unspecified"]
            held.categories += more
        return
    last = max(d.sent_index for d in recent)
    pairs = {(d.supplier, d.recipient) for d in recent if d.sent_index == last}
    if len(pairs) != 1:
        return  # two transfers just before: whose package it is stays unclear
    anchor = next(d for d in recent if d.sent_index == last)
    _add_package_items(
        r,
        f,
        [(anchor.supplier, anchor.recipient)],
        status=anchor.status,
        claimants=[c for c in claimants if c != "media"] or list(anchor.claimants),
        via=anchor.via,
        covert=anchor.covert,
    )


def _add_package_items(
    r: Resolver,
    f: Frame,
    pairs: list[tuple[str, str]],
    *,
    status: str,
    claimants: list[str],
    via: list[str],
    covert: bool,
    lead: tuple[int, int] | None = None,
) -> None:
    """One draft per pair and kind of goods the package sentence ``f`` lists, backed by that
    sentence (and by ``lead``, the sentence that announced the transfer, when it named none)."""
    for s, rcp in pairs:
        for cat, text in _categories(f):
            r.drafts.append(
                Draft(
                    supplier=s,
                    recipient=rcp,
                    category=cat,
                    materiel=text,
                    status=status,
                    claimants=list(claimants),
                    deniers=[],
                    via=list(via),
                    covert=covert,
                    quantity=f.quantity,
                    quantity_value=f.quantity_value,
                    evidence=[*([lead] if lead else []), (f.sent_start, f.sent_end)],
                    confidence=0.5 + (0.08 if cat != "unspecified" else 0.0),
                    sent_index=f.sent_index,
                )
            )


def _corroborate(r: Resolver, f: Frame, named: list[str]) -> None:
    """ "« Ces missiles vont sauver des vies », a écrit Zelensky": a party to a transfer just
    reported, speaking of its materiel, asserts it too."""
    if not f.anaphoric:
        return
    categories = {c for c, _ in _categories(f)}
    for d in r.drafts:
        if not (f.sent_index - WINDOW <= d.sent_index <= f.sent_index):
            continue
        if d.status == "denied_only" or not ({d.supplier, d.recipient} & set(named)):
            continue
        if d.category not in categories and "unspecified" not in categories:
            continue
        for who in named:
            if who in (d.supplier, d.recipient) and who not in d.claimants:
                d.claimants.append(who)
                if (f.sent_start, f.sent_end) not in d.evidence:
                    d.evidence.append((f.sent_start, f.sent_end))


def _materiel_only(drafts: list[Draft]) -> list[Draft]:
    """What a denial of "weapons" covers: "Turkey has not sold weapons to either party" denies
    the drones, not the technicians sent (all of them when only people were sent)."""
    return [d for d in drafts if d.category != "personnel"] or drafts


def _attach_denial(r: Resolver, f: Frame, deniers: list[str]) -> None:
    if not deniers:
        return
    involved = [
        d
        for d in r.drafts
        if (d.supplier in deniers or (d.recipient in deniers and not f.denies_giving))
        and d.sent_index <= f.sent_index
    ]
    # "Iran's foreign ministry has denied supplying drones": the transfers of that materiel
    categories = {c for c, _ in _categories(f)} - {"unspecified"}
    matching = [d for d in involved if d.category in categories]
    if matching:
        involved = matching
    elif f.materiel and not categories:
        involved = _materiel_only(involved)
    recent = [d for d in involved if d.sent_index > f.sent_index - WINDOW]
    if not recent and involved:
        # "Moscou dément." three paragraphs later: the denier's latest transfer
        last = max(d.sent_index for d in involved)
        recent = [d for d in involved if d.sent_index == last]
    for d in recent:
        for who in deniers:
            if who not in d.deniers:
                d.deniers.append(who)
        if (f.sent_start, f.sent_end) not in d.evidence:
            d.evidence.append((f.sent_start, f.sent_end))


def _attach_denial_by_parties(r: Resolver, f: Frame) -> None:
    """ "Both countries deny any arms trade": supplier and recipient of the transfers of the last
    few sentences deny them."""
    recent = [
        d
        for d in r.drafts
        if f.sent_index - WINDOW < d.sent_index <= f.sent_index and d.status != "denied_only"
    ]
    categories = {c for c, _ in _categories(f)} - {"unspecified"}
    for d in recent:
        if categories and d.category not in categories:
            continue
        for who in (d.supplier, d.recipient):
            if who not in d.deniers:
                d.deniers.append(who)
        if (f.sent_start, f.sent_end) not in d.evidence:
            d.evidence.append((f.sent_start, f.sent_end))


def _unique(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def merge(
    drafts: list[Draft],
    *,
    article_id: str,
    source: str,
    text: str,
    actor: Callable[[str], Actor],
) -> list[TransferReport]:
    """One report per (supplier, recipient, category), evidence accumulated, generic weapons
    folded into the specific categories of the same pair (with their deniers and routes)."""
    groups: dict[tuple[str, str, str], list[Draft]] = {}
    for d in drafts:
        groups.setdefault((d.supplier, d.recipient, d.category), []).append(d)
    specific_pairs = {(s, rc) for (s, rc, c) in groups if c != "unspecified"}
    carried: dict[tuple[str, str], list[Draft]] = {}
    for key in list(groups):
        s, rc, c = key
        if c == "unspecified" and (s, rc) in specific_pairs:
            carried.setdefault((s, rc), []).extend(groups.pop(key))

    reports: list[TransferReport] = []
    for (s, rc, c), ds in groups.items():
        extra_deniers = [w for d in carried.get((s, rc), []) for w in d.deniers]
        # a denial or a route of "the weapons" holds for each kind of weapon of the pair
        extra_evidence = [
            e for d in carried.get((s, rc), []) if d.deniers or d.via for e in d.evidence
        ]
        extra_via = [x for d in carried.get((s, rc), []) for x in d.via]
        status = max((d.status for d in ds), key=STATUS_RANK.__getitem__)
        # "media" only when nobody is named: the seeds' gold does not add the outlet's own voice
        # to a named claimant
        claimants = _unique(x for d in ds for x in d.claimants)
        if any(c != "media" for c in claimants):
            claimants = [c for c in claimants if c != "media"]
        if status != "denied_only" and not claimants:
            claimants = ["media"]
        deniers = _unique([*(x for d in ds for x in d.deniers), *extra_deniers])
        via = _unique(x for x in [*(x for d in ds for x in d.via), *extra_via] if x not in (s, rc))
        spans = sorted({e for d in ds for e in d.evidence} | set(extra_evidence))
        quantity = next((d.quantity for d in ds if d.quantity), None)
        qv = next((d.quantity_value for d in ds if d.quantity_value is not None), None)
        best = max(d.confidence for d in ds)
        confidence = min(0.98, best + 0.04 * (len(spans) - 1))
        if status == "denied_only":
            confidence = min(confidence, 0.6)
        reports.append(
            TransferReport(
                article_id=article_id,
                source=source,
                supplier=actor(s),
                recipient=actor(rc),
                category=c,
                materiel=ds[0].materiel,
                quantity=quantity,
                quantity_value=qv,
                status=status,
                covert=any(d.covert for d in ds),
                claimed_by=[actor(x) for x in claimants],
                denied_by=[actor(x) for x in deniers],
                via=[actor(x) for x in via],
                evidence=[Evidence(a, b, text[a:b]) for a, b in spans],
                confidence=round(max(0.05, confidence), 3),
            )
        )
    reports.sort(key=lambda rep: (rep.evidence[0].start if rep.evidence else 0, rep.category))
    return reports
