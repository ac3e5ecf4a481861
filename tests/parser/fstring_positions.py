x = 1; s = f"{x}"
    # comment
t = [f"{a}{b}" for a, b in c]
u = g(f"{x!r:>{w}}", k=f"{y}")
