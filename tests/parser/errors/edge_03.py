def f():
    pass
        
    x = 1
  y
