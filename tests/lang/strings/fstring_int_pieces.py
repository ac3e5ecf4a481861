# f-strings whose pieces are ints: BUILD_STRING writes an int's digits itself (no
# temporary str); every other piece still goes through format().
n, neg, zero, big, small = 7, -42, 0, 9223372036854775807, -9223372036854775807 - 1
flag, none, fl = True, None, 2.5
print(f"{n}:{n * 2}")
print(f"[{neg}][{zero}][{big}][{small}]")
print(f"{flag}{none}{fl}{n}")
print(f"{n}", f"{n!r}x", f"{n:>4}|", f"{n=}", f"{n:x}{n}")
parts = [f"{i}:{i * i}" for i in range(-3, 4)]
print(",".join(parts), len("".join(f"{i}" "-" for i in range(1000))))
s = ""
for i in range(12):
    s += f"{i}{'ab'[i % 2]}"
print(s, len(s))
print(f"{'é'}{n}{'日本'}", len(f"{'é'}{n}{'日本'}"))
