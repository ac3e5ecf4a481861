def f():
  if x:
      y
  else:
   z
  return 1
