# f-strings write an int piece straight into the result: its width (sign, every digit
# count from 1 to 19, the int64 extremes) must come out exactly.
vals = [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999, 100000, 123456789,
        9223372036854775807, -9223372036854775807 - 1, -1, -9, -10, -10000, -99999,
        10**18, 10**18 - 1, 10**17]
for v in vals:
    w = -v if v != vals[14] else 7
    print(f"<{v}>{v}|{w}:", len(f"{v}{w}"))
parts = [f"{i}:{i * 2}" for i in range(0, 2000, 7)]
joined = ",".join(parts)
print(len(joined), joined[:40], joined[-40:])
fields = joined.split(",")
print(len(fields), fields == parts, ",".join(()) == "", ",".join(("solo",)))
print("-".join(["a"]), "".join(["x", "", "y"]), ", ".join(f for f in ["p", "q"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    ",".join(("a", "b", None))
except TypeError as e:
    print(e)
