# Fails: syntax error, missing colon after an if condition (nothing is printed).
print("this line never runs")
x = 3
if x > 2
    print("big")
