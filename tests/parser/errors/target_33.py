for 1, x in y:
    pass
