"""Running kg beyond one machine: extraction on a Dask cluster (``kg.scale.dask``)."""
