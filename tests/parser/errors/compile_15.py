return
x = [(yield) for y in z]
