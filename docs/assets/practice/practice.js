// The practice page's script: finds the practice frame and brings it to life (practice-page.js).

import { init } from "./practice-page.js";

const root = document.querySelector(".practice");
if (root) init(root, JSON.parse(root.querySelector("#practice-config").textContent));
