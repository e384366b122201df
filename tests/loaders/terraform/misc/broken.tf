garbage {{{ = 
