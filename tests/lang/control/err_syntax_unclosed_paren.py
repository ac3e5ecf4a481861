# Fails: syntax error, a parenthesis opened and never closed.
print("this line never runs")
total = (1 + 2 * (3 + 4)
print(total)
