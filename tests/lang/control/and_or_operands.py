# Checks that and/or return one of their operands (not bools), short-circuit evaluation and not.
def t(tag, v):
    print("  eval", tag)
    return v

print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default", None or 0, 0 or None)
print([] and [1], [0] and [1], {} or {"a": 1})
print(None and 1, 0.0 or "", (1,) and ())
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or [] or None)
print(0 or 1 and 2, (0 or 1) and 0)
print("short and")
r = t("a", 0) and t("b", 1)
print(r)
print("short or")
r = t("a", 5) or t("b", 1)
print(r)
print("full")
r = t("a", 1) and t("b", 0) or t("c", "c")
print(r)
print(not 5, not not 5, not [])
name = ""
print(name or "anonymous")
d = {}
print(d.get("k") or "missing")
print(True and 7, False or 0.0)
