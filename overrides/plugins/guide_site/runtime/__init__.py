"""Ships the Pyodide runtime and the simulator wheel to the practice pages."""
