"""The concurrent package: its one module is concurrent.futures."""

import concurrent.futures as futures
