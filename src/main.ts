// Entry point: bundled Japanese-capable font, global styles, and the Svelte shell.
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import './ui/app.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('main: expected an element with id "app" in index.html');
mount(App, { target });
