# Checks except clauses with tuples of types, ordering of except clauses, and first-match-wins.
def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("zz")
    return "fine"

for kind in ["key", "index", "zero", "type", "value", "none"]:
    try:
        r = risky(kind)
        print(kind, "->", r)
    except (KeyError, IndexError) as e:
        print(kind, "lookup group:", type(e).__name__)
    except (ZeroDivisionError,) as e:
        print(kind, "arith group:", type(e).__name__)
    except (TypeError, ValueError) as e:
        print(kind, "type/value group:", type(e).__name__)

errs = (ValueError, KeyError)
try:
    raise KeyError("x")
except errs as e:
    print("caught via tuple variable", repr(e))

try:
    raise IndexError("first match")
except LookupError:
    print("LookupError clause wins")
except IndexError:
    print("never reached")

try:
    raise ValueError("v")
except Exception:
    print("Exception catches ValueError")
