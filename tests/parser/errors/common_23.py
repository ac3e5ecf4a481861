try:
    x = 1
except ValueError, e:
    pass
