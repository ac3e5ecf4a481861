# Fails: KeyError uncaught for a missing tuple key inside a function.
def cell(grid, r, c):
    return grid[(r, c)]

grid = {(0, 0): "a", (0, 1): "b"}
print(cell(grid, 0, 1))
print(cell(grid, 1, 0))
