// Unit tests render with the real stylesheet, so layout and colours are the shipped ones.
import './src/styles.css';
