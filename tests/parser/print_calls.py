print("hello", end="")
print("a", "b", sep=", ")
print(*args, file=sys.stderr, flush=True)
print()
