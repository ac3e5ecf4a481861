x = f"{a\nb}"
