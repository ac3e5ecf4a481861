x = 1 if a else 2 if b else 3 if c else 4
