"""Engines that run fincli's pure extraction function on other machines (:mod:`.dask`)."""
