if x: y
if x: y = 1
else: z = 2
while x: break
for i in x: continue
