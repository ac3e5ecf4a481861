"""docstring
