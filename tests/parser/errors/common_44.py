def f():
    """doc"""
    x = 1
     y = 2
