x = [y for y in (yield)]
