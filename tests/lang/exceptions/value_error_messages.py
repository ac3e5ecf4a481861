# Checks ValueError messages from int(), float(), unpacking, list.index/remove and str methods.
def msg(fn):
    try:
        print("ok", fn())
    except ValueError as e:
        print("ValueError:", e)

msg(lambda: int("x"))
msg(lambda: int(""))
msg(lambda: int("12.5"))
msg(lambda: int(" 42 "))
msg(lambda: int("0x1f", 16))
msg(lambda: int("z", 36))
msg(lambda: int("9", 8))
msg(lambda: int("1_000"))
msg(lambda: float("abc"))
msg(lambda: float(" 2.5 "))
msg(lambda: float("1e5"))
msg(lambda: float("inf"))
msg(lambda: [1, 2].index(7))
msg(lambda: "a,b".split(""))
msg(lambda: chr(-1))
msg(lambda: ord("ab") if False else int("-0"))
msg(lambda: max([]))
msg(lambda: min([], default="empty"))
msg(lambda: range(0, 1, 0))
msg(lambda: "abc".index("d"))
msg(lambda: int("1" * 3, 2))
