while x:
    pass
else:

