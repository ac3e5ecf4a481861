if x:
    pass
    
   y
