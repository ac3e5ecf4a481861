x = f"{a:b}}"
