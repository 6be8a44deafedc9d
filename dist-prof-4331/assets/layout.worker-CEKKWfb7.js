(function() {
	// \0rolldown/runtime.js
	var __create = Object.create;
	var __defProp = Object.defineProperty;
	var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
	var __getOwnPropNames = Object.getOwnPropertyNames;
	var __getProtoOf = Object.getPrototypeOf;
	var __hasOwnProp = Object.prototype.hasOwnProperty;
	var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
	var __copyProps = (to, from, except, desc) => {
		if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
			key = keys[i];
			if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
				get: ((k) => from[k]).bind(null, key),
				enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
			});
		}
		return to;
	};
	var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
		value: mod,
		enumerable: true
	}) : target, mod));
	// node_modules/graphology-layout-forceatlas2/iterate.js
	var require_iterate$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		/**
		* Graphology ForceAtlas2 Iteration
		* =================================
		*
		* Function used to perform a single iteration of the algorithm.
		*/
		/**
		* Matrices properties accessors.
		*/
		var NODE_X = 0;
		var NODE_Y = 1;
		var NODE_DX = 2;
		var NODE_DY = 3;
		var NODE_OLD_DX = 4;
		var NODE_OLD_DY = 5;
		var NODE_MASS = 6;
		var NODE_CONVERGENCE = 7;
		var NODE_SIZE = 8;
		var NODE_FIXED = 9;
		var EDGE_SOURCE = 0;
		var EDGE_TARGET = 1;
		var EDGE_WEIGHT = 2;
		var REGION_NODE = 0;
		var REGION_CENTER_X = 1;
		var REGION_CENTER_Y = 2;
		var REGION_SIZE = 3;
		var REGION_NEXT_SIBLING = 4;
		var REGION_FIRST_CHILD = 5;
		var REGION_MASS = 6;
		var REGION_MASS_CENTER_X = 7;
		var REGION_MASS_CENTER_Y = 8;
		var SUBDIVISION_ATTEMPTS = 3;
		/**
		* Constants.
		*/
		var PPN = 10;
		var PPE = 3;
		var PPR = 9;
		var MAX_FORCE = 10;
		/**
		* Function used to perform a single interation of the algorithm.
		*
		* @param  {object}       options    - Layout options.
		* @param  {Float32Array} NodeMatrix - Node data.
		* @param  {Float32Array} EdgeMatrix - Edge data.
		* @return {object}                  - Some metadata.
		*/
		module.exports = function iterate(options, NodeMatrix, EdgeMatrix) {
			var l, r, n, n1, n2, rn, e, w, g, s;
			var order = NodeMatrix.length, size = EdgeMatrix.length;
			var adjustSizes = options.adjustSizes;
			var thetaSquared = options.barnesHutTheta * options.barnesHutTheta;
			var outboundAttCompensation, coefficient, xDist, yDist, ewc, distance, factor;
			var RegionMatrix = [];
			for (n = 0; n < order; n += PPN) {
				NodeMatrix[n + NODE_OLD_DX] = NodeMatrix[n + NODE_DX];
				NodeMatrix[n + NODE_OLD_DY] = NodeMatrix[n + NODE_DY];
				NodeMatrix[n + NODE_DX] = 0;
				NodeMatrix[n + NODE_DY] = 0;
			}
			if (options.outboundAttractionDistribution) {
				outboundAttCompensation = 0;
				for (n = 0; n < order; n += PPN) outboundAttCompensation += NodeMatrix[n + NODE_MASS];
				outboundAttCompensation /= order / PPN;
			}
			if (options.barnesHutOptimize) {
				var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, q, q2, subdivisionAttempts;
				for (n = 0; n < order; n += PPN) {
					minX = Math.min(minX, NodeMatrix[n + NODE_X]);
					maxX = Math.max(maxX, NodeMatrix[n + NODE_X]);
					minY = Math.min(minY, NodeMatrix[n + NODE_Y]);
					maxY = Math.max(maxY, NodeMatrix[n + NODE_Y]);
				}
				var dx = maxX - minX, dy = maxY - minY;
				if (dx > dy) {
					minY -= (dx - dy) / 2;
					maxY = minY + dx;
				} else {
					minX -= (dy - dx) / 2;
					maxX = minX + dy;
				}
				RegionMatrix[0] = -1;
				RegionMatrix[1] = (minX + maxX) / 2;
				RegionMatrix[2] = (minY + maxY) / 2;
				RegionMatrix[3] = Math.max(maxX - minX, maxY - minY);
				RegionMatrix[4] = -1;
				RegionMatrix[5] = -1;
				RegionMatrix[6] = 0;
				RegionMatrix[7] = 0;
				RegionMatrix[8] = 0;
				l = 1;
				for (n = 0; n < order; n += PPN) {
					r = 0;
					subdivisionAttempts = SUBDIVISION_ATTEMPTS;
					while (true) if (RegionMatrix[r + REGION_FIRST_CHILD] >= 0) {
						if (NodeMatrix[n + NODE_X] < RegionMatrix[r + REGION_CENTER_X]) {
							if (NodeMatrix[n + NODE_Y] < RegionMatrix[r + REGION_CENTER_Y]) q = RegionMatrix[r + REGION_FIRST_CHILD];
							else q = RegionMatrix[r + REGION_FIRST_CHILD] + PPR;
						} else if (NodeMatrix[n + NODE_Y] < RegionMatrix[r + REGION_CENTER_Y]) q = RegionMatrix[r + REGION_FIRST_CHILD] + 18;
						else q = RegionMatrix[r + REGION_FIRST_CHILD] + 27;
						RegionMatrix[r + REGION_MASS_CENTER_X] = (RegionMatrix[r + REGION_MASS_CENTER_X] * RegionMatrix[r + REGION_MASS] + NodeMatrix[n + NODE_X] * NodeMatrix[n + NODE_MASS]) / (RegionMatrix[r + REGION_MASS] + NodeMatrix[n + NODE_MASS]);
						RegionMatrix[r + REGION_MASS_CENTER_Y] = (RegionMatrix[r + REGION_MASS_CENTER_Y] * RegionMatrix[r + REGION_MASS] + NodeMatrix[n + NODE_Y] * NodeMatrix[n + NODE_MASS]) / (RegionMatrix[r + REGION_MASS] + NodeMatrix[n + NODE_MASS]);
						RegionMatrix[r + REGION_MASS] += NodeMatrix[n + NODE_MASS];
						r = q;
						continue;
					} else if (RegionMatrix[r + REGION_NODE] < 0) {
						RegionMatrix[r + REGION_NODE] = n;
						break;
					} else {
						RegionMatrix[r + REGION_FIRST_CHILD] = l * PPR;
						w = RegionMatrix[r + REGION_SIZE] / 2;
						g = RegionMatrix[r + REGION_FIRST_CHILD];
						RegionMatrix[g + REGION_NODE] = -1;
						RegionMatrix[g + REGION_CENTER_X] = RegionMatrix[r + REGION_CENTER_X] - w;
						RegionMatrix[g + REGION_CENTER_Y] = RegionMatrix[r + REGION_CENTER_Y] - w;
						RegionMatrix[g + REGION_SIZE] = w;
						RegionMatrix[g + REGION_NEXT_SIBLING] = g + PPR;
						RegionMatrix[g + REGION_FIRST_CHILD] = -1;
						RegionMatrix[g + REGION_MASS] = 0;
						RegionMatrix[g + REGION_MASS_CENTER_X] = 0;
						RegionMatrix[g + REGION_MASS_CENTER_Y] = 0;
						g += PPR;
						RegionMatrix[g + REGION_NODE] = -1;
						RegionMatrix[g + REGION_CENTER_X] = RegionMatrix[r + REGION_CENTER_X] - w;
						RegionMatrix[g + REGION_CENTER_Y] = RegionMatrix[r + REGION_CENTER_Y] + w;
						RegionMatrix[g + REGION_SIZE] = w;
						RegionMatrix[g + REGION_NEXT_SIBLING] = g + PPR;
						RegionMatrix[g + REGION_FIRST_CHILD] = -1;
						RegionMatrix[g + REGION_MASS] = 0;
						RegionMatrix[g + REGION_MASS_CENTER_X] = 0;
						RegionMatrix[g + REGION_MASS_CENTER_Y] = 0;
						g += PPR;
						RegionMatrix[g + REGION_NODE] = -1;
						RegionMatrix[g + REGION_CENTER_X] = RegionMatrix[r + REGION_CENTER_X] + w;
						RegionMatrix[g + REGION_CENTER_Y] = RegionMatrix[r + REGION_CENTER_Y] - w;
						RegionMatrix[g + REGION_SIZE] = w;
						RegionMatrix[g + REGION_NEXT_SIBLING] = g + PPR;
						RegionMatrix[g + REGION_FIRST_CHILD] = -1;
						RegionMatrix[g + REGION_MASS] = 0;
						RegionMatrix[g + REGION_MASS_CENTER_X] = 0;
						RegionMatrix[g + REGION_MASS_CENTER_Y] = 0;
						g += PPR;
						RegionMatrix[g + REGION_NODE] = -1;
						RegionMatrix[g + REGION_CENTER_X] = RegionMatrix[r + REGION_CENTER_X] + w;
						RegionMatrix[g + REGION_CENTER_Y] = RegionMatrix[r + REGION_CENTER_Y] + w;
						RegionMatrix[g + REGION_SIZE] = w;
						RegionMatrix[g + REGION_NEXT_SIBLING] = RegionMatrix[r + REGION_NEXT_SIBLING];
						RegionMatrix[g + REGION_FIRST_CHILD] = -1;
						RegionMatrix[g + REGION_MASS] = 0;
						RegionMatrix[g + REGION_MASS_CENTER_X] = 0;
						RegionMatrix[g + REGION_MASS_CENTER_Y] = 0;
						l += 4;
						if (NodeMatrix[RegionMatrix[r + REGION_NODE] + NODE_X] < RegionMatrix[r + REGION_CENTER_X]) {
							if (NodeMatrix[RegionMatrix[r + REGION_NODE] + NODE_Y] < RegionMatrix[r + REGION_CENTER_Y]) q = RegionMatrix[r + REGION_FIRST_CHILD];
							else q = RegionMatrix[r + REGION_FIRST_CHILD] + PPR;
						} else if (NodeMatrix[RegionMatrix[r + REGION_NODE] + NODE_Y] < RegionMatrix[r + REGION_CENTER_Y]) q = RegionMatrix[r + REGION_FIRST_CHILD] + 18;
						else q = RegionMatrix[r + REGION_FIRST_CHILD] + 27;
						RegionMatrix[r + REGION_MASS] = NodeMatrix[RegionMatrix[r + REGION_NODE] + NODE_MASS];
						RegionMatrix[r + REGION_MASS_CENTER_X] = NodeMatrix[RegionMatrix[r + REGION_NODE] + NODE_X];
						RegionMatrix[r + REGION_MASS_CENTER_Y] = NodeMatrix[RegionMatrix[r + REGION_NODE] + NODE_Y];
						RegionMatrix[q + REGION_NODE] = RegionMatrix[r + REGION_NODE];
						RegionMatrix[r + REGION_NODE] = -1;
						if (NodeMatrix[n + NODE_X] < RegionMatrix[r + REGION_CENTER_X]) {
							if (NodeMatrix[n + NODE_Y] < RegionMatrix[r + REGION_CENTER_Y]) q2 = RegionMatrix[r + REGION_FIRST_CHILD];
							else q2 = RegionMatrix[r + REGION_FIRST_CHILD] + PPR;
						} else if (NodeMatrix[n + NODE_Y] < RegionMatrix[r + REGION_CENTER_Y]) q2 = RegionMatrix[r + REGION_FIRST_CHILD] + 18;
						else q2 = RegionMatrix[r + REGION_FIRST_CHILD] + 27;
						if (q === q2) {
							if (subdivisionAttempts--) {
								r = q;
								continue;
							} else {
								subdivisionAttempts = SUBDIVISION_ATTEMPTS;
								break;
							}
						}
						RegionMatrix[q2 + REGION_NODE] = n;
						break;
					}
				}
			}
			if (options.barnesHutOptimize) {
				coefficient = options.scalingRatio;
				for (n = 0; n < order; n += PPN) {
					r = 0;
					while (true) if (RegionMatrix[r + REGION_FIRST_CHILD] >= 0) {
						distance = Math.pow(NodeMatrix[n + NODE_X] - RegionMatrix[r + REGION_MASS_CENTER_X], 2) + Math.pow(NodeMatrix[n + NODE_Y] - RegionMatrix[r + REGION_MASS_CENTER_Y], 2);
						s = RegionMatrix[r + REGION_SIZE];
						if (4 * s * s / distance < thetaSquared) {
							xDist = NodeMatrix[n + NODE_X] - RegionMatrix[r + REGION_MASS_CENTER_X];
							yDist = NodeMatrix[n + NODE_Y] - RegionMatrix[r + REGION_MASS_CENTER_Y];
							if (adjustSizes === true) {
								if (distance > 0) {
									factor = coefficient * NodeMatrix[n + NODE_MASS] * RegionMatrix[r + REGION_MASS] / distance;
									NodeMatrix[n + NODE_DX] += xDist * factor;
									NodeMatrix[n + NODE_DY] += yDist * factor;
								} else if (distance < 0) {
									factor = -coefficient * NodeMatrix[n + NODE_MASS] * RegionMatrix[r + REGION_MASS] / Math.sqrt(distance);
									NodeMatrix[n + NODE_DX] += xDist * factor;
									NodeMatrix[n + NODE_DY] += yDist * factor;
								}
							} else if (distance > 0) {
								factor = coefficient * NodeMatrix[n + NODE_MASS] * RegionMatrix[r + REGION_MASS] / distance;
								NodeMatrix[n + NODE_DX] += xDist * factor;
								NodeMatrix[n + NODE_DY] += yDist * factor;
							}
							r = RegionMatrix[r + REGION_NEXT_SIBLING];
							if (r < 0) break;
							continue;
						} else {
							r = RegionMatrix[r + REGION_FIRST_CHILD];
							continue;
						}
					} else {
						rn = RegionMatrix[r + REGION_NODE];
						if (rn >= 0 && rn !== n) {
							xDist = NodeMatrix[n + NODE_X] - NodeMatrix[rn + NODE_X];
							yDist = NodeMatrix[n + NODE_Y] - NodeMatrix[rn + NODE_Y];
							distance = xDist * xDist + yDist * yDist;
							if (adjustSizes === true) {
								if (distance > 0) {
									factor = coefficient * NodeMatrix[n + NODE_MASS] * NodeMatrix[rn + NODE_MASS] / distance;
									NodeMatrix[n + NODE_DX] += xDist * factor;
									NodeMatrix[n + NODE_DY] += yDist * factor;
								} else if (distance < 0) {
									factor = -coefficient * NodeMatrix[n + NODE_MASS] * NodeMatrix[rn + NODE_MASS] / Math.sqrt(distance);
									NodeMatrix[n + NODE_DX] += xDist * factor;
									NodeMatrix[n + NODE_DY] += yDist * factor;
								}
							} else if (distance > 0) {
								factor = coefficient * NodeMatrix[n + NODE_MASS] * NodeMatrix[rn + NODE_MASS] / distance;
								NodeMatrix[n + NODE_DX] += xDist * factor;
								NodeMatrix[n + NODE_DY] += yDist * factor;
							}
						}
						r = RegionMatrix[r + REGION_NEXT_SIBLING];
						if (r < 0) break;
						continue;
					}
				}
			} else {
				coefficient = options.scalingRatio;
				for (n1 = 0; n1 < order; n1 += PPN) for (n2 = 0; n2 < n1; n2 += PPN) {
					xDist = NodeMatrix[n1 + NODE_X] - NodeMatrix[n2 + NODE_X];
					yDist = NodeMatrix[n1 + NODE_Y] - NodeMatrix[n2 + NODE_Y];
					if (adjustSizes === true) {
						distance = Math.sqrt(xDist * xDist + yDist * yDist) - NodeMatrix[n1 + NODE_SIZE] - NodeMatrix[n2 + NODE_SIZE];
						if (distance > 0) {
							factor = coefficient * NodeMatrix[n1 + NODE_MASS] * NodeMatrix[n2 + NODE_MASS] / distance / distance;
							NodeMatrix[n1 + NODE_DX] += xDist * factor;
							NodeMatrix[n1 + NODE_DY] += yDist * factor;
							NodeMatrix[n2 + NODE_DX] -= xDist * factor;
							NodeMatrix[n2 + NODE_DY] -= yDist * factor;
						} else if (distance < 0) {
							factor = 100 * coefficient * NodeMatrix[n1 + NODE_MASS] * NodeMatrix[n2 + NODE_MASS];
							NodeMatrix[n1 + NODE_DX] += xDist * factor;
							NodeMatrix[n1 + NODE_DY] += yDist * factor;
							NodeMatrix[n2 + NODE_DX] -= xDist * factor;
							NodeMatrix[n2 + NODE_DY] -= yDist * factor;
						}
					} else {
						distance = Math.sqrt(xDist * xDist + yDist * yDist);
						if (distance > 0) {
							factor = coefficient * NodeMatrix[n1 + NODE_MASS] * NodeMatrix[n2 + NODE_MASS] / distance / distance;
							NodeMatrix[n1 + NODE_DX] += xDist * factor;
							NodeMatrix[n1 + NODE_DY] += yDist * factor;
							NodeMatrix[n2 + NODE_DX] -= xDist * factor;
							NodeMatrix[n2 + NODE_DY] -= yDist * factor;
						}
					}
				}
			}
			g = options.gravity / options.scalingRatio;
			coefficient = options.scalingRatio;
			for (n = 0; n < order; n += PPN) {
				factor = 0;
				xDist = NodeMatrix[n + NODE_X];
				yDist = NodeMatrix[n + NODE_Y];
				distance = Math.sqrt(Math.pow(xDist, 2) + Math.pow(yDist, 2));
				if (options.strongGravityMode) {
					if (distance > 0) factor = coefficient * NodeMatrix[n + NODE_MASS] * g;
				} else if (distance > 0) factor = coefficient * NodeMatrix[n + NODE_MASS] * g / distance;
				NodeMatrix[n + NODE_DX] -= xDist * factor;
				NodeMatrix[n + NODE_DY] -= yDist * factor;
			}
			coefficient = 1 * (options.outboundAttractionDistribution ? outboundAttCompensation : 1);
			for (e = 0; e < size; e += PPE) {
				n1 = EdgeMatrix[e + EDGE_SOURCE];
				n2 = EdgeMatrix[e + EDGE_TARGET];
				w = EdgeMatrix[e + EDGE_WEIGHT];
				ewc = Math.pow(w, options.edgeWeightInfluence);
				xDist = NodeMatrix[n1 + NODE_X] - NodeMatrix[n2 + NODE_X];
				yDist = NodeMatrix[n1 + NODE_Y] - NodeMatrix[n2 + NODE_Y];
				if (adjustSizes === true) {
					distance = Math.sqrt(xDist * xDist + yDist * yDist) - NodeMatrix[n1 + NODE_SIZE] - NodeMatrix[n2 + NODE_SIZE];
					if (options.linLogMode) {
						if (options.outboundAttractionDistribution) {
							if (distance > 0) factor = -coefficient * ewc * Math.log(1 + distance) / distance / NodeMatrix[n1 + NODE_MASS];
						} else if (distance > 0) factor = -coefficient * ewc * Math.log(1 + distance) / distance;
					} else if (options.outboundAttractionDistribution) {
						if (distance > 0) factor = -coefficient * ewc / NodeMatrix[n1 + NODE_MASS];
					} else if (distance > 0) factor = -coefficient * ewc;
				} else {
					distance = Math.sqrt(Math.pow(xDist, 2) + Math.pow(yDist, 2));
					if (options.linLogMode) {
						if (options.outboundAttractionDistribution) {
							if (distance > 0) factor = -coefficient * ewc * Math.log(1 + distance) / distance / NodeMatrix[n1 + NODE_MASS];
						} else if (distance > 0) factor = -coefficient * ewc * Math.log(1 + distance) / distance;
					} else if (options.outboundAttractionDistribution) {
						distance = 1;
						factor = -coefficient * ewc / NodeMatrix[n1 + NODE_MASS];
					} else {
						distance = 1;
						factor = -coefficient * ewc;
					}
				}
				if (distance > 0) {
					NodeMatrix[n1 + NODE_DX] += xDist * factor;
					NodeMatrix[n1 + NODE_DY] += yDist * factor;
					NodeMatrix[n2 + NODE_DX] -= xDist * factor;
					NodeMatrix[n2 + NODE_DY] -= yDist * factor;
				}
			}
			var force, swinging, traction, nodespeed, newX, newY;
			if (adjustSizes === true) {
				for (n = 0; n < order; n += PPN) if (NodeMatrix[n + NODE_FIXED] !== 1) {
					force = Math.sqrt(Math.pow(NodeMatrix[n + NODE_DX], 2) + Math.pow(NodeMatrix[n + NODE_DY], 2));
					if (force > MAX_FORCE) {
						NodeMatrix[n + NODE_DX] = NodeMatrix[n + NODE_DX] * MAX_FORCE / force;
						NodeMatrix[n + NODE_DY] = NodeMatrix[n + NODE_DY] * MAX_FORCE / force;
					}
					swinging = NodeMatrix[n + NODE_MASS] * Math.sqrt((NodeMatrix[n + NODE_OLD_DX] - NodeMatrix[n + NODE_DX]) * (NodeMatrix[n + NODE_OLD_DX] - NodeMatrix[n + NODE_DX]) + (NodeMatrix[n + NODE_OLD_DY] - NodeMatrix[n + NODE_DY]) * (NodeMatrix[n + NODE_OLD_DY] - NodeMatrix[n + NODE_DY]));
					traction = Math.sqrt((NodeMatrix[n + NODE_OLD_DX] + NodeMatrix[n + NODE_DX]) * (NodeMatrix[n + NODE_OLD_DX] + NodeMatrix[n + NODE_DX]) + (NodeMatrix[n + NODE_OLD_DY] + NodeMatrix[n + NODE_DY]) * (NodeMatrix[n + NODE_OLD_DY] + NodeMatrix[n + NODE_DY])) / 2;
					nodespeed = .1 * Math.log(1 + traction) / (1 + Math.sqrt(swinging));
					newX = NodeMatrix[n + NODE_X] + NodeMatrix[n + NODE_DX] * (nodespeed / options.slowDown);
					NodeMatrix[n + NODE_X] = newX;
					newY = NodeMatrix[n + NODE_Y] + NodeMatrix[n + NODE_DY] * (nodespeed / options.slowDown);
					NodeMatrix[n + NODE_Y] = newY;
				}
			} else for (n = 0; n < order; n += PPN) if (NodeMatrix[n + NODE_FIXED] !== 1) {
				swinging = NodeMatrix[n + NODE_MASS] * Math.sqrt((NodeMatrix[n + NODE_OLD_DX] - NodeMatrix[n + NODE_DX]) * (NodeMatrix[n + NODE_OLD_DX] - NodeMatrix[n + NODE_DX]) + (NodeMatrix[n + NODE_OLD_DY] - NodeMatrix[n + NODE_DY]) * (NodeMatrix[n + NODE_OLD_DY] - NodeMatrix[n + NODE_DY]));
				traction = Math.sqrt((NodeMatrix[n + NODE_OLD_DX] + NodeMatrix[n + NODE_DX]) * (NodeMatrix[n + NODE_OLD_DX] + NodeMatrix[n + NODE_DX]) + (NodeMatrix[n + NODE_OLD_DY] + NodeMatrix[n + NODE_DY]) * (NodeMatrix[n + NODE_OLD_DY] + NodeMatrix[n + NODE_DY])) / 2;
				nodespeed = NodeMatrix[n + NODE_CONVERGENCE] * Math.log(1 + traction) / (1 + Math.sqrt(swinging));
				NodeMatrix[n + NODE_CONVERGENCE] = Math.min(1, Math.sqrt(nodespeed * (Math.pow(NodeMatrix[n + NODE_DX], 2) + Math.pow(NodeMatrix[n + NODE_DY], 2)) / (1 + Math.sqrt(swinging))));
				newX = NodeMatrix[n + NODE_X] + NodeMatrix[n + NODE_DX] * (nodespeed / options.slowDown);
				NodeMatrix[n + NODE_X] = newX;
				newY = NodeMatrix[n + NODE_Y] + NodeMatrix[n + NODE_DY] * (nodespeed / options.slowDown);
				NodeMatrix[n + NODE_Y] = newY;
			}
			return {};
		};
	}));
	// node_modules/graphology-layout-forceatlas2/defaults.js
	var require_defaults$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		/**
		* Graphology ForceAtlas2 Layout Default Settings
		* ===============================================
		*/
		module.exports = {
			linLogMode: false,
			outboundAttractionDistribution: false,
			adjustSizes: false,
			edgeWeightInfluence: 1,
			scalingRatio: 1,
			strongGravityMode: false,
			gravity: 1,
			slowDown: 1,
			barnesHutOptimize: false,
			barnesHutTheta: .5
		};
	}));
	// node_modules/graphology-layout-noverlap/iterate.js
	var require_iterate = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		/**
		* Graphology Noverlap Iteration
		* ==============================
		*
		* Function used to perform a single iteration of the algorithm.
		*/
		/**
		* Matrices properties accessors.
		*/
		var NODE_X = 0;
		var NODE_Y = 1;
		var NODE_SIZE = 2;
		/**
		* Constants.
		*/
		var PPN = 3;
		/**
		* Helpers.
		*/
		function hashPair(a, b) {
			return a + "§" + b;
		}
		function jitter() {
			return .01 * (.5 - Math.random());
		}
		/**
		* Function used to perform a single interation of the algorithm.
		*
		* @param  {object}       options    - Layout options.
		* @param  {Float32Array} NodeMatrix - Node data.
		* @return {object}                  - Some metadata.
		*/
		module.exports = function iterate(options, NodeMatrix) {
			var margin = options.margin;
			var ratio = options.ratio;
			var expansion = options.expansion;
			var gridSize = options.gridSize;
			var speed = options.speed;
			var i, j, x, y, l, size;
			var converged = true;
			var length = NodeMatrix.length;
			var order = length / PPN | 0;
			var deltaX = new Float32Array(order);
			var deltaY = new Float32Array(order);
			var xMin = Infinity;
			var yMin = Infinity;
			var xMax = -Infinity;
			var yMax = -Infinity;
			for (i = 0; i < length; i += PPN) {
				x = NodeMatrix[i + NODE_X];
				y = NodeMatrix[i + NODE_Y];
				size = NodeMatrix[i + NODE_SIZE] * ratio + margin;
				xMin = Math.min(xMin, x - size);
				xMax = Math.max(xMax, x + size);
				yMin = Math.min(yMin, y - size);
				yMax = Math.max(yMax, y + size);
			}
			var width = xMax - xMin;
			var height = yMax - yMin;
			var xCenter = (xMin + xMax) / 2;
			var yCenter = (yMin + yMax) / 2;
			xMin = xCenter - expansion * width / 2;
			xMax = xCenter + expansion * width / 2;
			yMin = yCenter - expansion * height / 2;
			yMax = yCenter + expansion * height / 2;
			var grid = new Array(gridSize * gridSize), gridLength = grid.length, c = 0;
			for (; c < gridLength; c++) grid[c] = [];
			var nxMin, nxMax, nyMin, nyMax;
			var xMinBox, xMaxBox, yMinBox, yMaxBox;
			var col, row;
			for (i = 0; i < length; i += PPN) {
				x = NodeMatrix[i + NODE_X];
				y = NodeMatrix[i + NODE_Y];
				size = NodeMatrix[i + NODE_SIZE] * ratio + margin;
				nxMin = x - size;
				nxMax = x + size;
				nyMin = y - size;
				nyMax = y + size;
				xMinBox = Math.floor(gridSize * (nxMin - xMin) / (xMax - xMin));
				xMaxBox = Math.floor(gridSize * (nxMax - xMin) / (xMax - xMin));
				yMinBox = Math.floor(gridSize * (nyMin - yMin) / (yMax - yMin));
				yMaxBox = Math.floor(gridSize * (nyMax - yMin) / (yMax - yMin));
				for (col = xMinBox; col <= xMaxBox; col++) for (row = yMinBox; row <= yMaxBox; row++) grid[col * gridSize + row].push(i);
			}
			var cell;
			var collisions = /* @__PURE__ */ new Set();
			var n1, n2, x1, x2, y1, y2, s1, s2, h;
			var xDist, yDist, dist, collision;
			for (c = 0; c < gridLength; c++) {
				cell = grid[c];
				for (i = 0, l = cell.length; i < l; i++) {
					n1 = cell[i];
					x1 = NodeMatrix[n1 + NODE_X];
					y1 = NodeMatrix[n1 + NODE_Y];
					s1 = NodeMatrix[n1 + NODE_SIZE];
					for (j = i + 1; j < l; j++) {
						n2 = cell[j];
						h = hashPair(n1, n2);
						if (gridLength > 1 && collisions.has(h)) continue;
						if (gridLength > 1) collisions.add(h);
						x2 = NodeMatrix[n2 + NODE_X];
						y2 = NodeMatrix[n2 + NODE_Y];
						s2 = NodeMatrix[n2 + NODE_SIZE];
						xDist = x2 - x1;
						yDist = y2 - y1;
						dist = Math.sqrt(xDist * xDist + yDist * yDist);
						collision = dist < s1 * ratio + margin + (s2 * ratio + margin);
						if (collision) {
							converged = false;
							n2 = n2 / PPN | 0;
							if (dist > 0) {
								deltaX[n2] += xDist / dist * (1 + s1);
								deltaY[n2] += yDist / dist * (1 + s1);
							} else {
								deltaX[n2] += width * jitter();
								deltaY[n2] += height * jitter();
							}
						}
					}
				}
			}
			for (i = 0, j = 0; i < length; i += PPN, j++) {
				NodeMatrix[i + NODE_X] += deltaX[j] * .1 * speed;
				NodeMatrix[i + NODE_Y] += deltaY[j] * .1 * speed;
			}
			return { converged };
		};
	}));
	// node_modules/graphology-layout-noverlap/defaults.js
	var require_defaults = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		/**
		* Graphology Noverlap Layout Default Settings
		* ============================================
		*/
		module.exports = {
			gridSize: 20,
			margin: 5,
			expansion: 1.1,
			ratio: 1,
			speed: 3
		};
	}));
	// src/layout/layout-core.ts
	var import_iterate = /* @__PURE__ */ __toESM(require_iterate$1(), 1);
	var import_defaults = /* @__PURE__ */ __toESM(require_defaults$1(), 1);
	var import_iterate$1 = /* @__PURE__ */ __toESM(require_iterate(), 1);
	var import_defaults$1 = /* @__PURE__ */ __toESM(require_defaults(), 1);
	const NODE_FIXED = 9;
	const DEFAULT_STOP_RULE = {
		threshold: 5e-5,
		checkEvery: 10,
		calmChecks: 2,
		maxIterations: Infinity
	};
	var LayoutCore = class {
		nodes;
		edges;
		rule;
		iterations = 0;
		settings;
		previous;
		sinceCheck = 0;
		calm = 0;
		constructor(nodes, edges, settings, rule = DEFAULT_STOP_RULE) {
			this.nodes = nodes;
			this.edges = edges;
			this.rule = rule;
			if (nodes.length % 10 !== 0 || edges.length % 3 !== 0) throw new Error(`layout-core: expected matrices of 10 floats per node and 3 per edge, got ${nodes.length} and ${edges.length}`);
			this.settings = {
				...import_defaults.default,
				...settings
			};
			this.previous = new Float32Array(nodes.length / 10 * 2);
			this.remember();
		}
		get order() {
			return this.nodes.length / 10;
		}
		/** Runs one iteration; returns why the layout should stop now, or null to go on. */
		step() {
			if (this.order === 0) return "settled";
			(0, import_iterate.default)(this.settings, this.nodes, this.edges);
			this.iterations++;
			this.sinceCheck++;
			if (this.iterations >= this.rule.maxIterations) return "max-iterations";
			if (this.sinceCheck < this.rule.checkEvery) return null;
			const relative = this.displacement() / this.sinceCheck;
			this.remember();
			this.calm = relative < this.rule.threshold ? this.calm + 1 : 0;
			return this.calm >= this.rule.calmChecks ? "settled" : null;
		}
		/** Mean displacement per node since the last check, relative to the extent. */
		displacement() {
			const n = this.order;
			let total = 0;
			for (let i = 0; i < n; i++) {
				const dx = this.nodes[i * 10] - this.previous[i * 2];
				const dy = this.nodes[i * 10 + 1] - this.previous[i * 2 + 1];
				total += Math.sqrt(dx * dx + dy * dy);
			}
			return total / Math.max(1, n) / extent(this.nodes, 10);
		}
		remember() {
			copyPositions(this.nodes, this.previous);
			this.sinceCheck = 0;
		}
		/** Starts a new run (iteration count and stop rule reset), optionally from new positions. */
		restart(positions) {
			if (positions) {
				const n = this.order;
				for (let i = 0; i < n; i++) {
					this.nodes[i * 10] = positions[i * 2];
					this.nodes[i * 10 + 1] = positions[i * 2 + 1];
				}
			}
			this.iterations = 0;
			this.calm = 0;
			this.remember();
		}
		pin(index, x, y) {
			if (index < 0 || index >= this.order) return;
			this.nodes[index * 10] = x;
			this.nodes[index * 10 + 1] = y;
			this.nodes[index * 10 + NODE_FIXED] = 1;
		}
		unpinAll() {
			for (let i = NODE_FIXED; i < this.nodes.length; i += 10) this.nodes[i] = 0;
		}
		isFixed(index) {
			return this.nodes[index * 10 + NODE_FIXED] === 1;
		}
		/** x, y of every node into `out` (2 floats per node). */
		positions(out = new Float32Array(this.order * 2)) {
			copyPositions(this.nodes, out);
			return out;
		}
	};
	function copyPositions(nodes, out) {
		const n = nodes.length / 10;
		for (let i = 0; i < n; i++) {
			out[i * 2] = nodes[i * 10];
			out[i * 2 + 1] = nodes[i * 10 + 1];
		}
	}
	/** The larger side of the bounding box of the positions in a matrix of `stride` floats per node. */
	function extent(matrix, stride) {
		let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
		for (let i = 0; i < matrix.length; i += stride) {
			const x = matrix[i];
			const y = matrix[i + 1];
			if (x < minX) minX = x;
			if (x > maxX) maxX = x;
			if (y < minY) minY = y;
			if (y > maxY) maxY = y;
		}
		const e = Math.max(maxX - minX, maxY - minY);
		return e > 0 ? e : 1;
	}
	/** The noverlap settings of the pass after every stop (margin and sizes in graph units). */
	const NOVERLAP_SETTINGS = {
		margin: 2,
		ratio: 1.15,
		speed: 3
	};
	/** Node count × iterations the pass may spend (60 iterations up to 5,000 actors, fewer above). */
	const NOVERLAP_WORK = 3e5;
	/** Below this many iterations the pass cannot separate anything: skipped. */
	const NOVERLAP_MIN_ITERATIONS = 8;
	/** When the nodes' discs would cover more than this share of the layout's box, skipped. */
	const NOVERLAP_MAX_COVER = .5;
	/** Iterations the overlap pass may run for a graph of `order` nodes. */
	function overlapBudget(order) {
		return Math.min(60, Math.floor(NOVERLAP_WORK / Math.max(1, order)));
	}
	/**
	* Spreads overlapping nodes apart (noverlap) with radii converted from pixels to graph units at
	* the full view; fixed (pinned) nodes keep their position. Up to 5,000 actors this is exactly
	* graphology-layout-noverlap's default grid and 60 iterations; above, a finer grid (so that an
	* iteration stays linear) and a smaller budget, and no pass at all when the nodes would cover more
	* than half of the picture: there it could only blow the whole layout up.
	*/
	function removeOverlaps(core, options) {
		const n = core.order;
		if (n === 0) return {
			iterations: 0,
			skipped: null
		};
		const unitsPerPixel = extent(core.nodes, 10) / Math.max(1, options.viewportPx);
		const budget = options.maxIterations ?? overlapBudget(n);
		if (budget < NOVERLAP_MIN_ITERATIONS && options.maxIterations === void 0) return {
			iterations: 0,
			skipped: "budget"
		};
		const matrix = new Float32Array(n * 3);
		let cover = 0;
		for (let i = 0; i < n; i++) {
			const r = options.radiiPx[i] * unitsPerPixel;
			matrix[i * 3] = core.nodes[i * 10];
			matrix[i * 3 + 1] = core.nodes[i * 10 + 1];
			matrix[i * 3 + 2] = r;
			cover += Math.PI * r * r;
		}
		const e = extent(matrix, 3);
		if (n > 5e3 && cover > NOVERLAP_MAX_COVER * e * e) return {
			iterations: 0,
			skipped: "crowded"
		};
		const settings = {
			...import_defaults$1.default,
			...NOVERLAP_SETTINGS,
			gridSize: n > 5e3 ? Math.ceil(Math.sqrt(n / 4)) : import_defaults$1.default.gridSize
		};
		let iterations = 0;
		while (iterations < budget) {
			iterations++;
			if ((0, import_iterate$1.default)(settings, matrix).converged) break;
		}
		for (let i = 0; i < n; i++) {
			if (core.isFixed(i)) continue;
			core.nodes[i * 10] = matrix[i * 3];
			core.nodes[i * 10 + 1] = matrix[i * 3 + 1];
		}
		return {
			iterations,
			skipped: null
		};
	}
	function createLayoutWorkerCore(scope) {
		let core = null;
		let maxMs = Infinity;
		let running = false;
		let startedAt = 0;
		let scheduled = false;
		let inFlight = false;
		let dirty = false;
		let spare = null;
		let overlap = null;
		function loop() {
			scheduled = false;
			if (!running || !core) return;
			const sliceEnd = scope.now() + 12;
			let reason;
			do
				reason = core.step();
			while (!reason && scope.now() < sliceEnd);
			if (!reason && scope.now() - startedAt >= maxMs) reason = "time-limit";
			dirty = true;
			if (reason) return finish(reason);
			flush();
			next();
		}
		function next() {
			if (scheduled) return;
			scheduled = true;
			scope.schedule(loop);
		}
		/** Posts the current positions unless the page is still drawing the previous ones. */
		function flush() {
			if (!core || inFlight || !dirty) return;
			const buffer = spare && spare.length === core.order * 2 ? spare : new Float32Array(core.order * 2);
			spare = null;
			core.positions(buffer);
			inFlight = true;
			dirty = false;
			scope.post({
				type: "positions",
				positions: buffer,
				iterations: core.iterations
			}, [buffer.buffer]);
		}
		function finish(reason) {
			if (!core) return;
			running = false;
			dirty = false;
			const result = overlap ? removeOverlaps(core, overlap) : {
				iterations: 0,
				skipped: "no radii"
			};
			const positions = core.positions();
			scope.post({
				type: "stopped",
				reason,
				positions,
				iterations: core.iterations,
				ms: scope.now() - startedAt,
				overlap: result
			}, [positions.buffer]);
		}
		return (message) => {
			try {
				switch (message.type) {
					case "init":
						core = new LayoutCore(message.nodes, message.edges, message.settings, message.rule);
						maxMs = message.maxMs;
						running = false;
						break;
					case "run": {
						if (!core) throw new Error("layout worker: expected an init message before run");
						core.restart(message.positions);
						const fixed = message.fixed;
						if (fixed) for (let i = 0; i < core.order; i++) core.nodes[i * 10 + 9] = fixed[i] ? 1 : 0;
						running = true;
						startedAt = scope.now();
						next();
						break;
					}
					case "stop":
						if (running) finish("user");
						break;
					case "ack":
						inFlight = false;
						spare = message.buffer;
						if (running) flush();
						break;
					case "pin":
						core?.pin(message.index, message.x, message.y);
						break;
					case "unpin-all":
						core?.unpinAll();
						break;
					case "overlap": overlap = message.request;
				}
			} catch (e) {
				running = false;
				scope.post({
					type: "error",
					message: e.message
				}, []);
			}
		};
	}
	// src/layout/layout.worker.ts
	const scope = self;
	const channel = new MessageChannel();
	let pending = null;
	channel.port1.onmessage = () => {
		const fn = pending;
		pending = null;
		fn?.();
	};
	const handle = createLayoutWorkerCore({
		post: (message, transfer) => scope.postMessage(message, transfer),
		schedule: (fn) => {
			pending = fn;
			channel.port2.postMessage(null);
		},
		now: () => performance.now()
	});
	scope.onmessage = (event) => handle(event.data);
})();
