def outer():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
