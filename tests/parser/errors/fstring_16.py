x = f"abc {a b} def {c d}"
