# Checks that arguments are evaluated left to right, defaults once at definition time, and kwargs in written order.
def t(tag, v=None):
    print("  eval", tag)
    return tag if v is None else v

def f(a, b, c=t("default c"), *rest, **kw):
    return (a, b, c, rest, kw)

print("calling")
print(f(t("a"), t("b")))
print(f(t("a"), b=t("b"), c=t("c")))
print(f(t("1"), t("2"), t("3"), t("4"), z=t("z"), y=t("y")))
print(f(*t("star", [1, 2]), **t("dstar", {"k": 0})))
print(t("left", 1) + t("right", 2) * t("mul", 3))
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(d)
lst = [t("x"), t("y")]
lst[t("idx", 0)] = t("val")
print(lst)
print(t("obj", [10, 20])[t("sub", 1)])
