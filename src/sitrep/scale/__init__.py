"""Scale-out: `sitrep extract --engine local|dask --workers N`, resumable.

partition.py cuts the inputs, worker.py extracts a partition into a Parquet part (parts.py),
engines.py and dask.py run workers, driver.py loads parts into the store in input order and
resolves, rundir.py keeps what is done so a killed run resumes, progress.py shows it.
"""
