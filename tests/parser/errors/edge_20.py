@dec
@dec2
