# Checks: indentation-defined blocks with different widths per block, deep nesting, dedent to several levels at once.
def classify(n):
  if n < 0:
        return "negative"
  elif n == 0:
    return "zero"
  else:
     if n % 2 == 0:
         if n > 100:
                 return "big even"
         return "even"
     else:
       return "odd"

for v in [-3, 0, 4, 7, 200, 201]:
    print(v, classify(v))

total = 0
for i in range(4):
    for j in range(4):
        if (i + j) % 2 == 0:
            if i < j:
                total += i * j
                print("pair", i, j, total)
print("total", total)

class Box:
   def __init__(self, v):
         self.v = v
   def get(self):
    return self.v
print(Box(42).get())

x = 0
while x < 3:
        x += 1
else:
 print("while done", x)
