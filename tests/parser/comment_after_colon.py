if x:  # comment
    pass
else:  # another
    pass
def f():  # c
    pass
