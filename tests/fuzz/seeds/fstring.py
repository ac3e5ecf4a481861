f"{x!r:>{w}}" + b"\x00" if a else [*b, **c]
