"""The Monitoring area: progress with evidence, feedback and dialog kinerja, ratings."""
