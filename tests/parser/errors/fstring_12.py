x = f"{x" + "y}"
