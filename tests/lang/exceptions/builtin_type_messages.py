# Checks TypeError messages: unsupported operand types, str concatenation, ordering, not subscriptable/callable/iterable, unhashable.
class Thing:
    def __repr__(self):
        return "Thing()"

five = 5
nothing = None
text = "s"
half = 1.5

def msg(fn):
    try:
        print("ok", fn())
    except TypeError as e:
        print("TypeError:", e)

msg(lambda: 1 + "a")
msg(lambda: "a" + 1)
msg(lambda: [1] + "a")
msg(lambda: 1 - "a")
msg(lambda: "a" * "b")
msg(lambda: None + 1)
msg(lambda: Thing() + Thing())
msg(lambda: 1 < "a")
msg(lambda: [1] > 2)
msg(lambda: Thing() < Thing())
msg(lambda: five[0])
msg(lambda: nothing[0])
msg(lambda: five())
msg(lambda: text())
msg(lambda: len(5))
msg(lambda: [x for x in 5])
msg(lambda: {[1]: 2})
msg(lambda: {[1]})
msg(lambda: -"s")
msg(lambda: ~1.5)
msg(lambda: "a" - "b")
msg(lambda: 2 ** "x")
msg(lambda: 1 & 1.0)
msg(lambda: text[half])
msg(lambda: [1, 2][text])
msg(lambda: int([1]))
msg(lambda: sum(["a", "b"]))
msg(lambda: "".join([1, 2]))
msg(lambda: Thing().x if False else len(Thing()))
