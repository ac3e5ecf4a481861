class C(object:
    pass
