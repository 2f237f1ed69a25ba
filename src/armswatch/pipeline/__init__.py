"""Steps and executors. A step maps one Article to one Article (or a Rejection);
the executor decides where it runs (here, locally; later, on Dask workers)."""

from armswatch.pipeline.base import Rejection, Stats, Step, run_steps

__all__ = ["Rejection", "Stats", "Step", "run_steps"]
