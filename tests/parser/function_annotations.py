def f(a: int, b: str = "x", *c: tuple, d: "fwd", **e: dict) -> None:
    pass
def g(x: list[int] = []) -> dict[str, int]:
    pass
