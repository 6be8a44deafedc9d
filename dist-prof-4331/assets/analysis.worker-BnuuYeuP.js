(function() {
	// \0rolldown/runtime.js
	var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
	// node_modules/graphology/dist/graphology.mjs
	var import_events = (/* @__PURE__ */ __commonJSMin(((exports, module) => {
		var R = typeof Reflect === "object" ? Reflect : null;
		var ReflectApply = R && typeof R.apply === "function" ? R.apply : function ReflectApply(target, receiver, args) {
			return Function.prototype.apply.call(target, receiver, args);
		};
		var ReflectOwnKeys;
		if (R && typeof R.ownKeys === "function") ReflectOwnKeys = R.ownKeys;
		else if (Object.getOwnPropertySymbols) ReflectOwnKeys = function ReflectOwnKeys(target) {
			return Object.getOwnPropertyNames(target).concat(Object.getOwnPropertySymbols(target));
		};
		else ReflectOwnKeys = function ReflectOwnKeys(target) {
			return Object.getOwnPropertyNames(target);
		};
		function ProcessEmitWarning(warning) {
			if (console && console.warn) console.warn(warning);
		}
		var NumberIsNaN = Number.isNaN || function NumberIsNaN(value) {
			return value !== value;
		};
		function EventEmitter() {
			EventEmitter.init.call(this);
		}
		module.exports = EventEmitter;
		module.exports.once = once;
		EventEmitter.EventEmitter = EventEmitter;
		EventEmitter.prototype._events = void 0;
		EventEmitter.prototype._eventsCount = 0;
		EventEmitter.prototype._maxListeners = void 0;
		var defaultMaxListeners = 10;
		function checkListener(listener) {
			if (typeof listener !== "function") throw new TypeError("The \"listener\" argument must be of type Function. Received type " + typeof listener);
		}
		Object.defineProperty(EventEmitter, "defaultMaxListeners", {
			enumerable: true,
			get: function() {
				return defaultMaxListeners;
			},
			set: function(arg) {
				if (typeof arg !== "number" || arg < 0 || NumberIsNaN(arg)) throw new RangeError("The value of \"defaultMaxListeners\" is out of range. It must be a non-negative number. Received " + arg + ".");
				defaultMaxListeners = arg;
			}
		});
		EventEmitter.init = function() {
			if (this._events === void 0 || this._events === Object.getPrototypeOf(this)._events) {
				this._events = Object.create(null);
				this._eventsCount = 0;
			}
			this._maxListeners = this._maxListeners || void 0;
		};
		EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
			if (typeof n !== "number" || n < 0 || NumberIsNaN(n)) throw new RangeError("The value of \"n\" is out of range. It must be a non-negative number. Received " + n + ".");
			this._maxListeners = n;
			return this;
		};
		function _getMaxListeners(that) {
			if (that._maxListeners === void 0) return EventEmitter.defaultMaxListeners;
			return that._maxListeners;
		}
		EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
			return _getMaxListeners(this);
		};
		EventEmitter.prototype.emit = function emit(type) {
			var args = [];
			for (var i = 1; i < arguments.length; i++) args.push(arguments[i]);
			var doError = type === "error";
			var events = this._events;
			if (events !== void 0) doError = doError && events.error === void 0;
			else if (!doError) return false;
			if (doError) {
				var er;
				if (args.length > 0) er = args[0];
				if (er instanceof Error) throw er;
				var err = /* @__PURE__ */ new Error("Unhandled error." + (er ? " (" + er.message + ")" : ""));
				err.context = er;
				throw err;
			}
			var handler = events[type];
			if (handler === void 0) return false;
			if (typeof handler === "function") ReflectApply(handler, this, args);
			else {
				var len = handler.length;
				var listeners = arrayClone(handler, len);
				for (var i = 0; i < len; ++i) ReflectApply(listeners[i], this, args);
			}
			return true;
		};
		function _addListener(target, type, listener, prepend) {
			var m;
			var events;
			var existing;
			checkListener(listener);
			events = target._events;
			if (events === void 0) {
				events = target._events = Object.create(null);
				target._eventsCount = 0;
			} else {
				if (events.newListener !== void 0) {
					target.emit("newListener", type, listener.listener ? listener.listener : listener);
					events = target._events;
				}
				existing = events[type];
			}
			if (existing === void 0) {
				existing = events[type] = listener;
				++target._eventsCount;
			} else {
				if (typeof existing === "function") existing = events[type] = prepend ? [listener, existing] : [existing, listener];
				else if (prepend) existing.unshift(listener);
				else existing.push(listener);
				m = _getMaxListeners(target);
				if (m > 0 && existing.length > m && !existing.warned) {
					existing.warned = true;
					var w = /* @__PURE__ */ new Error("Possible EventEmitter memory leak detected. " + existing.length + " " + String(type) + " listeners added. Use emitter.setMaxListeners() to increase limit");
					w.name = "MaxListenersExceededWarning";
					w.emitter = target;
					w.type = type;
					w.count = existing.length;
					ProcessEmitWarning(w);
				}
			}
			return target;
		}
		EventEmitter.prototype.addListener = function addListener(type, listener) {
			return _addListener(this, type, listener, false);
		};
		EventEmitter.prototype.on = EventEmitter.prototype.addListener;
		EventEmitter.prototype.prependListener = function prependListener(type, listener) {
			return _addListener(this, type, listener, true);
		};
		function onceWrapper() {
			if (!this.fired) {
				this.target.removeListener(this.type, this.wrapFn);
				this.fired = true;
				if (arguments.length === 0) return this.listener.call(this.target);
				return this.listener.apply(this.target, arguments);
			}
		}
		function _onceWrap(target, type, listener) {
			var state = {
				fired: false,
				wrapFn: void 0,
				target,
				type,
				listener
			};
			var wrapped = onceWrapper.bind(state);
			wrapped.listener = listener;
			state.wrapFn = wrapped;
			return wrapped;
		}
		EventEmitter.prototype.once = function once(type, listener) {
			checkListener(listener);
			this.on(type, _onceWrap(this, type, listener));
			return this;
		};
		EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
			checkListener(listener);
			this.prependListener(type, _onceWrap(this, type, listener));
			return this;
		};
		EventEmitter.prototype.removeListener = function removeListener(type, listener) {
			var list, events, position, i, originalListener;
			checkListener(listener);
			events = this._events;
			if (events === void 0) return this;
			list = events[type];
			if (list === void 0) return this;
			if (list === listener || list.listener === listener) {
				if (--this._eventsCount === 0) this._events = Object.create(null);
				else {
					delete events[type];
					if (events.removeListener) this.emit("removeListener", type, list.listener || listener);
				}
			} else if (typeof list !== "function") {
				position = -1;
				for (i = list.length - 1; i >= 0; i--) if (list[i] === listener || list[i].listener === listener) {
					originalListener = list[i].listener;
					position = i;
					break;
				}
				if (position < 0) return this;
				if (position === 0) list.shift();
				else spliceOne(list, position);
				if (list.length === 1) events[type] = list[0];
				if (events.removeListener !== void 0) this.emit("removeListener", type, originalListener || listener);
			}
			return this;
		};
		EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
		EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
			var listeners, events = this._events, i;
			if (events === void 0) return this;
			if (events.removeListener === void 0) {
				if (arguments.length === 0) {
					this._events = Object.create(null);
					this._eventsCount = 0;
				} else if (events[type] !== void 0) {
					if (--this._eventsCount === 0) this._events = Object.create(null);
					else delete events[type];
				}
				return this;
			}
			if (arguments.length === 0) {
				var keys = Object.keys(events);
				var key;
				for (i = 0; i < keys.length; ++i) {
					key = keys[i];
					if (key === "removeListener") continue;
					this.removeAllListeners(key);
				}
				this.removeAllListeners("removeListener");
				this._events = Object.create(null);
				this._eventsCount = 0;
				return this;
			}
			listeners = events[type];
			if (typeof listeners === "function") this.removeListener(type, listeners);
			else if (listeners !== void 0) for (i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
			return this;
		};
		function _listeners(target, type, unwrap) {
			var events = target._events;
			if (events === void 0) return [];
			var evlistener = events[type];
			if (evlistener === void 0) return [];
			if (typeof evlistener === "function") return unwrap ? [evlistener.listener || evlistener] : [evlistener];
			return unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener, evlistener.length);
		}
		EventEmitter.prototype.listeners = function listeners(type) {
			return _listeners(this, type, true);
		};
		EventEmitter.prototype.rawListeners = function rawListeners(type) {
			return _listeners(this, type, false);
		};
		EventEmitter.listenerCount = function(emitter, type) {
			if (typeof emitter.listenerCount === "function") return emitter.listenerCount(type);
			else return listenerCount.call(emitter, type);
		};
		EventEmitter.prototype.listenerCount = listenerCount;
		function listenerCount(type) {
			var events = this._events;
			if (events !== void 0) {
				var evlistener = events[type];
				if (typeof evlistener === "function") return 1;
				else if (evlistener !== void 0) return evlistener.length;
			}
			return 0;
		}
		EventEmitter.prototype.eventNames = function eventNames() {
			return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
		};
		function arrayClone(arr, n) {
			var copy = new Array(n);
			for (var i = 0; i < n; ++i) copy[i] = arr[i];
			return copy;
		}
		function spliceOne(list, index) {
			for (; index + 1 < list.length; index++) list[index] = list[index + 1];
			list.pop();
		}
		function unwrapListeners(arr) {
			var ret = new Array(arr.length);
			for (var i = 0; i < ret.length; ++i) ret[i] = arr[i].listener || arr[i];
			return ret;
		}
		function once(emitter, name) {
			return new Promise(function(resolve, reject) {
				function errorListener(err) {
					emitter.removeListener(name, resolver);
					reject(err);
				}
				function resolver() {
					if (typeof emitter.removeListener === "function") emitter.removeListener("error", errorListener);
					resolve([].slice.call(arguments));
				}
				eventTargetAgnosticAddListener(emitter, name, resolver, { once: true });
				if (name !== "error") addErrorHandlerIfEventEmitter(emitter, errorListener, { once: true });
			});
		}
		function addErrorHandlerIfEventEmitter(emitter, handler, flags) {
			if (typeof emitter.on === "function") eventTargetAgnosticAddListener(emitter, "error", handler, flags);
		}
		function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
			if (typeof emitter.on === "function") {
				if (flags.once) emitter.once(name, listener);
				else emitter.on(name, listener);
			} else if (typeof emitter.addEventListener === "function") emitter.addEventListener(name, function wrapListener(arg) {
				if (flags.once) emitter.removeEventListener(name, wrapListener);
				listener(arg);
			});
			else throw new TypeError("The \"emitter\" argument must be of type EventEmitter. Received type " + typeof emitter);
		}
	})))();
	/**
	* Graphology Utilities
	* =====================
	*
	* Collection of helpful functions used by the implementation.
	*/
	/**
	* Object.assign-like polyfill.
	*
	* @param  {object} target       - First object.
	* @param  {object} [...objects] - Objects to merge.
	* @return {object}
	*/
	function assignPolyfill() {
		const target = arguments[0];
		for (let i = 1, l = arguments.length; i < l; i++) {
			if (!arguments[i]) continue;
			for (const k in arguments[i]) target[k] = arguments[i][k];
		}
		return target;
	}
	let assign = assignPolyfill;
	if (typeof Object.assign === "function") assign = Object.assign;
	/**
	* Function returning the first matching edge for given path.
	* Note: this function does not check the existence of source & target. This
	* must be performed by the caller.
	*
	* @param  {Graph}  graph  - Target graph.
	* @param  {any}    source - Source node.
	* @param  {any}    target - Target node.
	* @param  {string} type   - Type of the edge (mixed, directed or undirected).
	* @return {string|null}
	*/
	function getMatchingEdge(graph, source, target, type) {
		const sourceData = graph._nodes.get(source);
		let edge = null;
		if (!sourceData) return edge;
		if (type === "mixed") edge = sourceData.out && sourceData.out[target] || sourceData.undirected && sourceData.undirected[target];
		else if (type === "directed") edge = sourceData.out && sourceData.out[target];
		else edge = sourceData.undirected && sourceData.undirected[target];
		return edge;
	}
	/**
	* Checks whether the given value is a plain object.
	*
	* @param  {mixed}   value - Target value.
	* @return {boolean}
	*/
	function isPlainObject(value) {
		return typeof value === "object" && value !== null;
	}
	/**
	* Checks whether the given object is empty.
	*
	* @param  {object}  o - Target Object.
	* @return {boolean}
	*/
	function isEmpty(o) {
		let k;
		for (k in o) return false;
		return true;
	}
	/**
	* Creates a "private" property for the given member name by concealing it
	* using the `enumerable` option.
	*
	* @param {object} target - Target object.
	* @param {string} name   - Member name.
	*/
	function privateProperty(target, name, value) {
		Object.defineProperty(target, name, {
			enumerable: false,
			configurable: false,
			writable: true,
			value
		});
	}
	/**
	* Creates a read-only property for the given member name & the given getter.
	*
	* @param {object}   target - Target object.
	* @param {string}   name   - Member name.
	* @param {mixed}    value  - The attached getter or fixed value.
	*/
	function readOnlyProperty(target, name, value) {
		const descriptor = {
			enumerable: true,
			configurable: true
		};
		if (typeof value === "function") descriptor.get = value;
		else {
			descriptor.value = value;
			descriptor.writable = false;
		}
		Object.defineProperty(target, name, descriptor);
	}
	/**
	* Returns whether the given object constitute valid hints.
	*
	* @param {object} hints - Target object.
	*/
	function validateHints(hints) {
		if (!isPlainObject(hints)) return false;
		if (hints.attributes && !Array.isArray(hints.attributes)) return false;
		return true;
	}
	/**
	* Creates a function generating incremental ids for edges.
	*
	* @return {function}
	*/
	function incrementalIdStartingFromRandomByte() {
		let i = Math.floor(Math.random() * 256) & 255;
		return () => {
			return i++;
		};
	}
	/**
	* Chains multiple iterators into a single iterator.
	*
	* @param {...Iterator} iterables
	* @returns {Iterator}
	*/
	function chain() {
		const iterables = arguments;
		let current = null;
		let i = -1;
		return {
			[Symbol.iterator]() {
				return this;
			},
			next() {
				let step = null;
				do {
					if (current === null) {
						i++;
						if (i >= iterables.length) return { done: true };
						current = iterables[i][Symbol.iterator]();
					}
					step = current.next();
					if (step.done) {
						current = null;
						continue;
					}
					break;
				} while (true);
				return step;
			}
		};
	}
	function emptyIterator() {
		return {
			[Symbol.iterator]() {
				return this;
			},
			next() {
				return { done: true };
			}
		};
	}
	/**
	* Graphology Custom Errors
	* =========================
	*
	* Defining custom errors for ease of use & easy unit tests across
	* implementations (normalized typology rather than relying on error
	* messages to check whether the correct error was found).
	*/
	var GraphError = class extends Error {
		constructor(message) {
			super();
			this.name = "GraphError";
			this.message = message;
		}
	};
	var InvalidArgumentsGraphError = class InvalidArgumentsGraphError extends GraphError {
		constructor(message) {
			super(message);
			this.name = "InvalidArgumentsGraphError";
			if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, InvalidArgumentsGraphError.prototype.constructor);
		}
	};
	var NotFoundGraphError = class NotFoundGraphError extends GraphError {
		constructor(message) {
			super(message);
			this.name = "NotFoundGraphError";
			if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, NotFoundGraphError.prototype.constructor);
		}
	};
	var UsageGraphError = class UsageGraphError extends GraphError {
		constructor(message) {
			super(message);
			this.name = "UsageGraphError";
			if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, UsageGraphError.prototype.constructor);
		}
	};
	/**
	* Graphology Internal Data Classes
	* =================================
	*
	* Internal classes hopefully reduced to structs by engines & storing
	* necessary information for nodes & edges.
	*
	* Note that those classes don't rely on the `class` keyword to avoid some
	* cruft introduced by most of ES2015 transpilers.
	*/
	/**
	* MixedNodeData class.
	*
	* @constructor
	* @param {string} string     - The node's key.
	* @param {object} attributes - Node's attributes.
	*/
	function MixedNodeData(key, attributes) {
		this.key = key;
		this.attributes = attributes;
		this.clear();
	}
	MixedNodeData.prototype.clear = function() {
		this.inDegree = 0;
		this.outDegree = 0;
		this.undirectedDegree = 0;
		this.undirectedLoops = 0;
		this.directedLoops = 0;
		this.in = {};
		this.out = {};
		this.undirected = {};
	};
	/**
	* DirectedNodeData class.
	*
	* @constructor
	* @param {string} string     - The node's key.
	* @param {object} attributes - Node's attributes.
	*/
	function DirectedNodeData(key, attributes) {
		this.key = key;
		this.attributes = attributes;
		this.clear();
	}
	DirectedNodeData.prototype.clear = function() {
		this.inDegree = 0;
		this.outDegree = 0;
		this.directedLoops = 0;
		this.in = {};
		this.out = {};
	};
	/**
	* UndirectedNodeData class.
	*
	* @constructor
	* @param {string} string     - The node's key.
	* @param {object} attributes - Node's attributes.
	*/
	function UndirectedNodeData(key, attributes) {
		this.key = key;
		this.attributes = attributes;
		this.clear();
	}
	UndirectedNodeData.prototype.clear = function() {
		this.undirectedDegree = 0;
		this.undirectedLoops = 0;
		this.undirected = {};
	};
	/**
	* EdgeData class.
	*
	* @constructor
	* @param {boolean} undirected   - Whether the edge is undirected.
	* @param {string}  string       - The edge's key.
	* @param {string}  source       - Source of the edge.
	* @param {string}  target       - Target of the edge.
	* @param {object}  attributes   - Edge's attributes.
	*/
	function EdgeData(undirected, key, source, target, attributes) {
		this.key = key;
		this.attributes = attributes;
		this.undirected = undirected;
		this.source = source;
		this.target = target;
	}
	EdgeData.prototype.attach = function() {
		let outKey = "out";
		let inKey = "in";
		if (this.undirected) outKey = inKey = "undirected";
		const source = this.source.key;
		const target = this.target.key;
		this.source[outKey][target] = this;
		if (this.undirected && source === target) return;
		this.target[inKey][source] = this;
	};
	EdgeData.prototype.attachMulti = function() {
		let outKey = "out";
		let inKey = "in";
		const source = this.source.key;
		const target = this.target.key;
		if (this.undirected) outKey = inKey = "undirected";
		const adj = this.source[outKey];
		const head = adj[target];
		if (typeof head === "undefined") {
			adj[target] = this;
			if (!(this.undirected && source === target)) this.target[inKey][source] = this;
			return;
		}
		head.previous = this;
		this.next = head;
		adj[target] = this;
		this.target[inKey][source] = this;
	};
	EdgeData.prototype.detach = function() {
		const source = this.source.key;
		const target = this.target.key;
		let outKey = "out";
		let inKey = "in";
		if (this.undirected) outKey = inKey = "undirected";
		delete this.source[outKey][target];
		delete this.target[inKey][source];
	};
	EdgeData.prototype.detachMulti = function() {
		const source = this.source.key;
		const target = this.target.key;
		let outKey = "out";
		let inKey = "in";
		if (this.undirected) outKey = inKey = "undirected";
		if (this.previous === void 0) {
			if (this.next === void 0) {
				delete this.source[outKey][target];
				delete this.target[inKey][source];
			} else {
				this.next.previous = void 0;
				this.source[outKey][target] = this.next;
				this.target[inKey][source] = this.next;
			}
		} else {
			this.previous.next = this.next;
			if (this.next !== void 0) this.next.previous = this.previous;
		}
	};
	/**
	* Graphology Node Attributes methods
	* ===================================
	*/
	const NODE = 0;
	const SOURCE = 1;
	const TARGET = 2;
	const OPPOSITE = 3;
	function findRelevantNodeData(graph, method, mode, nodeOrEdge, nameOrEdge, add1, add2) {
		let nodeData, edgeData, arg1, arg2;
		nodeOrEdge = "" + nodeOrEdge;
		if (mode === NODE) {
			nodeData = graph._nodes.get(nodeOrEdge);
			if (!nodeData) throw new NotFoundGraphError(`Graph.${method}: could not find the "${nodeOrEdge}" node in the graph.`);
			arg1 = nameOrEdge;
			arg2 = add1;
		} else if (mode === OPPOSITE) {
			nameOrEdge = "" + nameOrEdge;
			edgeData = graph._edges.get(nameOrEdge);
			if (!edgeData) throw new NotFoundGraphError(`Graph.${method}: could not find the "${nameOrEdge}" edge in the graph.`);
			const source = edgeData.source.key;
			const target = edgeData.target.key;
			if (nodeOrEdge === source) nodeData = edgeData.target;
			else if (nodeOrEdge === target) nodeData = edgeData.source;
			else throw new NotFoundGraphError(`Graph.${method}: the "${nodeOrEdge}" node is not attached to the "${nameOrEdge}" edge (${source}, ${target}).`);
			arg1 = add1;
			arg2 = add2;
		} else {
			edgeData = graph._edges.get(nodeOrEdge);
			if (!edgeData) throw new NotFoundGraphError(`Graph.${method}: could not find the "${nodeOrEdge}" edge in the graph.`);
			if (mode === SOURCE) nodeData = edgeData.source;
			else nodeData = edgeData.target;
			arg1 = nameOrEdge;
			arg2 = add1;
		}
		return [
			nodeData,
			arg1,
			arg2
		];
	}
	function attachNodeAttributeGetter(Class, method, mode) {
		Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
			const [data, name] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
			return data.attributes[name];
		};
	}
	function attachNodeAttributesGetter(Class, method, mode) {
		Class.prototype[method] = function(nodeOrEdge, nameOrEdge) {
			const [data] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge);
			return data.attributes;
		};
	}
	function attachNodeAttributeChecker(Class, method, mode) {
		Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
			const [data, name] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
			return data.attributes.hasOwnProperty(name);
		};
	}
	function attachNodeAttributeSetter(Class, method, mode) {
		Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1, add2) {
			const [data, name, value] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1, add2);
			data.attributes[name] = value;
			this.emit("nodeAttributesUpdated", {
				key: data.key,
				type: "set",
				attributes: data.attributes,
				name
			});
			return this;
		};
	}
	function attachNodeAttributeUpdater(Class, method, mode) {
		Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1, add2) {
			const [data, name, updater] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1, add2);
			if (typeof updater !== "function") throw new InvalidArgumentsGraphError(`Graph.${method}: updater should be a function.`);
			const attributes = data.attributes;
			attributes[name] = updater(attributes[name]);
			this.emit("nodeAttributesUpdated", {
				key: data.key,
				type: "set",
				attributes: data.attributes,
				name
			});
			return this;
		};
	}
	function attachNodeAttributeRemover(Class, method, mode) {
		Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
			const [data, name] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
			delete data.attributes[name];
			this.emit("nodeAttributesUpdated", {
				key: data.key,
				type: "remove",
				attributes: data.attributes,
				name
			});
			return this;
		};
	}
	function attachNodeAttributesReplacer(Class, method, mode) {
		Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
			const [data, attributes] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
			if (!isPlainObject(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
			data.attributes = attributes;
			this.emit("nodeAttributesUpdated", {
				key: data.key,
				type: "replace",
				attributes: data.attributes
			});
			return this;
		};
	}
	function attachNodeAttributesMerger(Class, method, mode) {
		Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
			const [data, attributes] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
			if (!isPlainObject(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
			assign(data.attributes, attributes);
			this.emit("nodeAttributesUpdated", {
				key: data.key,
				type: "merge",
				attributes: data.attributes,
				data: attributes
			});
			return this;
		};
	}
	function attachNodeAttributesUpdater(Class, method, mode) {
		Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
			const [data, updater] = findRelevantNodeData(this, method, mode, nodeOrEdge, nameOrEdge, add1);
			if (typeof updater !== "function") throw new InvalidArgumentsGraphError(`Graph.${method}: provided updater is not a function.`);
			data.attributes = updater(data.attributes);
			this.emit("nodeAttributesUpdated", {
				key: data.key,
				type: "update",
				attributes: data.attributes
			});
			return this;
		};
	}
	/**
	* List of methods to attach.
	*/
	const NODE_ATTRIBUTES_METHODS = [
		{
			name: (element) => `get${element}Attribute`,
			attacher: attachNodeAttributeGetter
		},
		{
			name: (element) => `get${element}Attributes`,
			attacher: attachNodeAttributesGetter
		},
		{
			name: (element) => `has${element}Attribute`,
			attacher: attachNodeAttributeChecker
		},
		{
			name: (element) => `set${element}Attribute`,
			attacher: attachNodeAttributeSetter
		},
		{
			name: (element) => `update${element}Attribute`,
			attacher: attachNodeAttributeUpdater
		},
		{
			name: (element) => `remove${element}Attribute`,
			attacher: attachNodeAttributeRemover
		},
		{
			name: (element) => `replace${element}Attributes`,
			attacher: attachNodeAttributesReplacer
		},
		{
			name: (element) => `merge${element}Attributes`,
			attacher: attachNodeAttributesMerger
		},
		{
			name: (element) => `update${element}Attributes`,
			attacher: attachNodeAttributesUpdater
		}
	];
	/**
	* Attach every attributes-related methods to a Graph class.
	*
	* @param {function} Graph - Target class.
	*/
	function attachNodeAttributesMethods(Graph) {
		NODE_ATTRIBUTES_METHODS.forEach(function({ name, attacher }) {
			attacher(Graph, name("Node"), NODE);
			attacher(Graph, name("Source"), SOURCE);
			attacher(Graph, name("Target"), TARGET);
			attacher(Graph, name("Opposite"), OPPOSITE);
		});
	}
	/**
	* Graphology Edge Attributes methods
	* ===================================
	*/
	/**
	* Attach an attribute getter method onto the provided class.
	*
	* @param {function} Class         - Target class.
	* @param {string}   method        - Method name.
	* @param {string}   type          - Type of the edge to find.
	*/
	function attachEdgeAttributeGetter(Class, method, type) {
		/**
		* Get the desired attribute for the given element (node or edge).
		*
		* Arity 2:
		* @param  {any}    element - Target element.
		* @param  {string} name    - Attribute's name.
		*
		* Arity 3 (only for edges):
		* @param  {any}     source - Source element.
		* @param  {any}     target - Target element.
		* @param  {string}  name   - Attribute's name.
		*
		* @return {mixed}          - The attribute's value.
		*
		* @throws {Error} - Will throw if too many arguments are provided.
		* @throws {Error} - Will throw if any of the elements is not found.
		*/
		Class.prototype[method] = function(element, name) {
			let data;
			if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
			if (arguments.length > 2) {
				if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
				const source = "" + element;
				const target = "" + name;
				name = arguments[2];
				data = getMatchingEdge(this, source, target, type);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
			} else {
				if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
				element = "" + element;
				data = this._edges.get(element);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
			}
			return data.attributes[name];
		};
	}
	/**
	* Attach an attributes getter method onto the provided class.
	*
	* @param {function} Class       - Target class.
	* @param {string}   method      - Method name.
	* @param {string}   type        - Type of the edge to find.
	*/
	function attachEdgeAttributesGetter(Class, method, type) {
		/**
		* Retrieves all the target element's attributes.
		*
		* Arity 2:
		* @param  {any}    element - Target element.
		*
		* Arity 3 (only for edges):
		* @param  {any}     source - Source element.
		* @param  {any}     target - Target element.
		*
		* @return {object}          - The element's attributes.
		*
		* @throws {Error} - Will throw if too many arguments are provided.
		* @throws {Error} - Will throw if any of the elements is not found.
		*/
		Class.prototype[method] = function(element) {
			let data;
			if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
			if (arguments.length > 1) {
				if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
				const source = "" + element, target = "" + arguments[1];
				data = getMatchingEdge(this, source, target, type);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
			} else {
				if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
				element = "" + element;
				data = this._edges.get(element);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
			}
			return data.attributes;
		};
	}
	/**
	* Attach an attribute checker method onto the provided class.
	*
	* @param {function} Class       - Target class.
	* @param {string}   method      - Method name.
	* @param {string}   type        - Type of the edge to find.
	*/
	function attachEdgeAttributeChecker(Class, method, type) {
		/**
		* Checks whether the desired attribute is set for the given element (node or edge).
		*
		* Arity 2:
		* @param  {any}    element - Target element.
		* @param  {string} name    - Attribute's name.
		*
		* Arity 3 (only for edges):
		* @param  {any}     source - Source element.
		* @param  {any}     target - Target element.
		* @param  {string}  name   - Attribute's name.
		*
		* @return {boolean}
		*
		* @throws {Error} - Will throw if too many arguments are provided.
		* @throws {Error} - Will throw if any of the elements is not found.
		*/
		Class.prototype[method] = function(element, name) {
			let data;
			if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
			if (arguments.length > 2) {
				if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
				const source = "" + element;
				const target = "" + name;
				name = arguments[2];
				data = getMatchingEdge(this, source, target, type);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
			} else {
				if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
				element = "" + element;
				data = this._edges.get(element);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
			}
			return data.attributes.hasOwnProperty(name);
		};
	}
	/**
	* Attach an attribute setter method onto the provided class.
	*
	* @param {function} Class         - Target class.
	* @param {string}   method        - Method name.
	* @param {string}   type          - Type of the edge to find.
	*/
	function attachEdgeAttributeSetter(Class, method, type) {
		/**
		* Set the desired attribute for the given element (node or edge).
		*
		* Arity 2:
		* @param  {any}    element - Target element.
		* @param  {string} name    - Attribute's name.
		* @param  {mixed}  value   - New attribute value.
		*
		* Arity 3 (only for edges):
		* @param  {any}     source - Source element.
		* @param  {any}     target - Target element.
		* @param  {string}  name   - Attribute's name.
		* @param  {mixed}  value   - New attribute value.
		*
		* @return {Graph}          - Returns itself for chaining.
		*
		* @throws {Error} - Will throw if too many arguments are provided.
		* @throws {Error} - Will throw if any of the elements is not found.
		*/
		Class.prototype[method] = function(element, name, value) {
			let data;
			if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
			if (arguments.length > 3) {
				if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
				const source = "" + element;
				const target = "" + name;
				name = arguments[2];
				value = arguments[3];
				data = getMatchingEdge(this, source, target, type);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
			} else {
				if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
				element = "" + element;
				data = this._edges.get(element);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
			}
			data.attributes[name] = value;
			this.emit("edgeAttributesUpdated", {
				key: data.key,
				type: "set",
				attributes: data.attributes,
				name
			});
			return this;
		};
	}
	/**
	* Attach an attribute updater method onto the provided class.
	*
	* @param {function} Class         - Target class.
	* @param {string}   method        - Method name.
	* @param {string}   type          - Type of the edge to find.
	*/
	function attachEdgeAttributeUpdater(Class, method, type) {
		/**
		* Update the desired attribute for the given element (node or edge) using
		* the provided function.
		*
		* Arity 2:
		* @param  {any}      element - Target element.
		* @param  {string}   name    - Attribute's name.
		* @param  {function} updater - Updater function.
		*
		* Arity 3 (only for edges):
		* @param  {any}      source  - Source element.
		* @param  {any}      target  - Target element.
		* @param  {string}   name    - Attribute's name.
		* @param  {function} updater - Updater function.
		*
		* @return {Graph}            - Returns itself for chaining.
		*
		* @throws {Error} - Will throw if too many arguments are provided.
		* @throws {Error} - Will throw if any of the elements is not found.
		*/
		Class.prototype[method] = function(element, name, updater) {
			let data;
			if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
			if (arguments.length > 3) {
				if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
				const source = "" + element;
				const target = "" + name;
				name = arguments[2];
				updater = arguments[3];
				data = getMatchingEdge(this, source, target, type);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
			} else {
				if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
				element = "" + element;
				data = this._edges.get(element);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
			}
			if (typeof updater !== "function") throw new InvalidArgumentsGraphError(`Graph.${method}: updater should be a function.`);
			data.attributes[name] = updater(data.attributes[name]);
			this.emit("edgeAttributesUpdated", {
				key: data.key,
				type: "set",
				attributes: data.attributes,
				name
			});
			return this;
		};
	}
	/**
	* Attach an attribute remover method onto the provided class.
	*
	* @param {function} Class         - Target class.
	* @param {string}   method        - Method name.
	* @param {string}   type          - Type of the edge to find.
	*/
	function attachEdgeAttributeRemover(Class, method, type) {
		/**
		* Remove the desired attribute for the given element (node or edge).
		*
		* Arity 2:
		* @param  {any}    element - Target element.
		* @param  {string} name    - Attribute's name.
		*
		* Arity 3 (only for edges):
		* @param  {any}     source - Source element.
		* @param  {any}     target - Target element.
		* @param  {string}  name   - Attribute's name.
		*
		* @return {Graph}          - Returns itself for chaining.
		*
		* @throws {Error} - Will throw if too many arguments are provided.
		* @throws {Error} - Will throw if any of the elements is not found.
		*/
		Class.prototype[method] = function(element, name) {
			let data;
			if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
			if (arguments.length > 2) {
				if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
				const source = "" + element;
				const target = "" + name;
				name = arguments[2];
				data = getMatchingEdge(this, source, target, type);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
			} else {
				if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
				element = "" + element;
				data = this._edges.get(element);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
			}
			delete data.attributes[name];
			this.emit("edgeAttributesUpdated", {
				key: data.key,
				type: "remove",
				attributes: data.attributes,
				name
			});
			return this;
		};
	}
	/**
	* Attach an attribute replacer method onto the provided class.
	*
	* @param {function} Class         - Target class.
	* @param {string}   method        - Method name.
	* @param {string}   type          - Type of the edge to find.
	*/
	function attachEdgeAttributesReplacer(Class, method, type) {
		/**
		* Replace the attributes for the given element (node or edge).
		*
		* Arity 2:
		* @param  {any}    element    - Target element.
		* @param  {object} attributes - New attributes.
		*
		* Arity 3 (only for edges):
		* @param  {any}     source     - Source element.
		* @param  {any}     target     - Target element.
		* @param  {object}  attributes - New attributes.
		*
		* @return {Graph}              - Returns itself for chaining.
		*
		* @throws {Error} - Will throw if too many arguments are provided.
		* @throws {Error} - Will throw if any of the elements is not found.
		*/
		Class.prototype[method] = function(element, attributes) {
			let data;
			if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
			if (arguments.length > 2) {
				if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
				const source = "" + element, target = "" + attributes;
				attributes = arguments[2];
				data = getMatchingEdge(this, source, target, type);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
			} else {
				if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
				element = "" + element;
				data = this._edges.get(element);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
			}
			if (!isPlainObject(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
			data.attributes = attributes;
			this.emit("edgeAttributesUpdated", {
				key: data.key,
				type: "replace",
				attributes: data.attributes
			});
			return this;
		};
	}
	/**
	* Attach an attribute merger method onto the provided class.
	*
	* @param {function} Class         - Target class.
	* @param {string}   method        - Method name.
	* @param {string}   type          - Type of the edge to find.
	*/
	function attachEdgeAttributesMerger(Class, method, type) {
		/**
		* Merge the attributes for the given element (node or edge).
		*
		* Arity 2:
		* @param  {any}    element    - Target element.
		* @param  {object} attributes - Attributes to merge.
		*
		* Arity 3 (only for edges):
		* @param  {any}     source     - Source element.
		* @param  {any}     target     - Target element.
		* @param  {object}  attributes - Attributes to merge.
		*
		* @return {Graph}              - Returns itself for chaining.
		*
		* @throws {Error} - Will throw if too many arguments are provided.
		* @throws {Error} - Will throw if any of the elements is not found.
		*/
		Class.prototype[method] = function(element, attributes) {
			let data;
			if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
			if (arguments.length > 2) {
				if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
				const source = "" + element, target = "" + attributes;
				attributes = arguments[2];
				data = getMatchingEdge(this, source, target, type);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
			} else {
				if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
				element = "" + element;
				data = this._edges.get(element);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
			}
			if (!isPlainObject(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
			assign(data.attributes, attributes);
			this.emit("edgeAttributesUpdated", {
				key: data.key,
				type: "merge",
				attributes: data.attributes,
				data: attributes
			});
			return this;
		};
	}
	/**
	* Attach an attribute updater method onto the provided class.
	*
	* @param {function} Class         - Target class.
	* @param {string}   method        - Method name.
	* @param {string}   type          - Type of the edge to find.
	*/
	function attachEdgeAttributesUpdater(Class, method, type) {
		/**
		* Update the attributes of the given element (node or edge).
		*
		* Arity 2:
		* @param  {any}      element - Target element.
		* @param  {function} updater - Updater function.
		*
		* Arity 3 (only for edges):
		* @param  {any}      source  - Source element.
		* @param  {any}      target  - Target element.
		* @param  {function} updater - Updater function.
		*
		* @return {Graph}            - Returns itself for chaining.
		*
		* @throws {Error} - Will throw if too many arguments are provided.
		* @throws {Error} - Will throw if any of the elements is not found.
		*/
		Class.prototype[method] = function(element, updater) {
			let data;
			if (this.type !== "mixed" && type !== "mixed" && type !== this.type) throw new UsageGraphError(`Graph.${method}: cannot find this type of edges in your ${this.type} graph.`);
			if (arguments.length > 2) {
				if (this.multi) throw new UsageGraphError(`Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);
				const source = "" + element, target = "" + updater;
				updater = arguments[2];
				data = getMatchingEdge(this, source, target, type);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`);
			} else {
				if (type !== "mixed") throw new UsageGraphError(`Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);
				element = "" + element;
				data = this._edges.get(element);
				if (!data) throw new NotFoundGraphError(`Graph.${method}: could not find the "${element}" edge in the graph.`);
			}
			if (typeof updater !== "function") throw new InvalidArgumentsGraphError(`Graph.${method}: provided updater is not a function.`);
			data.attributes = updater(data.attributes);
			this.emit("edgeAttributesUpdated", {
				key: data.key,
				type: "update",
				attributes: data.attributes
			});
			return this;
		};
	}
	/**
	* List of methods to attach.
	*/
	const EDGE_ATTRIBUTES_METHODS = [
		{
			name: (element) => `get${element}Attribute`,
			attacher: attachEdgeAttributeGetter
		},
		{
			name: (element) => `get${element}Attributes`,
			attacher: attachEdgeAttributesGetter
		},
		{
			name: (element) => `has${element}Attribute`,
			attacher: attachEdgeAttributeChecker
		},
		{
			name: (element) => `set${element}Attribute`,
			attacher: attachEdgeAttributeSetter
		},
		{
			name: (element) => `update${element}Attribute`,
			attacher: attachEdgeAttributeUpdater
		},
		{
			name: (element) => `remove${element}Attribute`,
			attacher: attachEdgeAttributeRemover
		},
		{
			name: (element) => `replace${element}Attributes`,
			attacher: attachEdgeAttributesReplacer
		},
		{
			name: (element) => `merge${element}Attributes`,
			attacher: attachEdgeAttributesMerger
		},
		{
			name: (element) => `update${element}Attributes`,
			attacher: attachEdgeAttributesUpdater
		}
	];
	/**
	* Attach every attributes-related methods to a Graph class.
	*
	* @param {function} Graph - Target class.
	*/
	function attachEdgeAttributesMethods(Graph) {
		EDGE_ATTRIBUTES_METHODS.forEach(function({ name, attacher }) {
			attacher(Graph, name("Edge"), "mixed");
			attacher(Graph, name("DirectedEdge"), "directed");
			attacher(Graph, name("UndirectedEdge"), "undirected");
		});
	}
	/**
	* Graphology Edge Iteration
	* ==========================
	*
	* Attaching some methods to the Graph class to be able to iterate over a
	* graph's edges.
	*/
	/**
	* Definitions.
	*/
	const EDGES_ITERATION = [
		{
			name: "edges",
			type: "mixed"
		},
		{
			name: "inEdges",
			type: "directed",
			direction: "in"
		},
		{
			name: "outEdges",
			type: "directed",
			direction: "out"
		},
		{
			name: "inboundEdges",
			type: "mixed",
			direction: "in"
		},
		{
			name: "outboundEdges",
			type: "mixed",
			direction: "out"
		},
		{
			name: "directedEdges",
			type: "directed"
		},
		{
			name: "undirectedEdges",
			type: "undirected"
		}
	];
	/**
	* Function iterating over edges from the given object to match one of them.
	*
	* @param {object}   object   - Target object.
	* @param {function} callback - Function to call.
	*/
	function forEachSimple(breakable, object, callback, avoid) {
		let shouldBreak = false;
		for (const k in object) {
			if (k === avoid) continue;
			const edgeData = object[k];
			shouldBreak = callback(edgeData.key, edgeData.attributes, edgeData.source.key, edgeData.target.key, edgeData.source.attributes, edgeData.target.attributes, edgeData.undirected);
			if (breakable && shouldBreak) return edgeData.key;
		}
	}
	function forEachMulti(breakable, object, callback, avoid) {
		let edgeData, source, target;
		let shouldBreak = false;
		for (const k in object) {
			if (k === avoid) continue;
			edgeData = object[k];
			do {
				source = edgeData.source;
				target = edgeData.target;
				shouldBreak = callback(edgeData.key, edgeData.attributes, source.key, target.key, source.attributes, target.attributes, edgeData.undirected);
				if (breakable && shouldBreak) return edgeData.key;
				edgeData = edgeData.next;
			} while (edgeData !== void 0);
		}
	}
	/**
	* Function returning an iterator over edges from the given object.
	*
	* @param  {object}   object - Target object.
	* @return {Iterator}
	*/
	function createIterator(object, avoid) {
		const keys = Object.keys(object);
		const l = keys.length;
		let edgeData;
		let i = 0;
		return {
			[Symbol.iterator]() {
				return this;
			},
			next() {
				do
					if (!edgeData) {
						if (i >= l) return { done: true };
						const k = keys[i++];
						if (k === avoid) {
							edgeData = void 0;
							continue;
						}
						edgeData = object[k];
					} else edgeData = edgeData.next;
				while (!edgeData);
				return {
					done: false,
					value: {
						edge: edgeData.key,
						attributes: edgeData.attributes,
						source: edgeData.source.key,
						target: edgeData.target.key,
						sourceAttributes: edgeData.source.attributes,
						targetAttributes: edgeData.target.attributes,
						undirected: edgeData.undirected
					}
				};
			}
		};
	}
	/**
	* Function iterating over the egdes from the object at given key to match
	* one of them.
	*
	* @param {object}   object   - Target object.
	* @param {mixed}    k        - Neighbor key.
	* @param {function} callback - Callback to use.
	*/
	function forEachForKeySimple(breakable, object, k, callback) {
		const edgeData = object[k];
		if (!edgeData) return;
		const sourceData = edgeData.source;
		const targetData = edgeData.target;
		if (callback(edgeData.key, edgeData.attributes, sourceData.key, targetData.key, sourceData.attributes, targetData.attributes, edgeData.undirected) && breakable) return edgeData.key;
	}
	function forEachForKeyMulti(breakable, object, k, callback) {
		let edgeData = object[k];
		if (!edgeData) return;
		let shouldBreak = false;
		do {
			shouldBreak = callback(edgeData.key, edgeData.attributes, edgeData.source.key, edgeData.target.key, edgeData.source.attributes, edgeData.target.attributes, edgeData.undirected);
			if (breakable && shouldBreak) return edgeData.key;
			edgeData = edgeData.next;
		} while (edgeData !== void 0);
	}
	/**
	* Function returning an iterator over the egdes from the object at given key.
	*
	* @param  {object}   object   - Target object.
	* @param  {mixed}    k        - Neighbor key.
	* @return {Iterator}
	*/
	function createIteratorForKey(object, k) {
		let edgeData = object[k];
		if (edgeData.next !== void 0) return {
			[Symbol.iterator]() {
				return this;
			},
			next() {
				if (!edgeData) return { done: true };
				const value = {
					edge: edgeData.key,
					attributes: edgeData.attributes,
					source: edgeData.source.key,
					target: edgeData.target.key,
					sourceAttributes: edgeData.source.attributes,
					targetAttributes: edgeData.target.attributes,
					undirected: edgeData.undirected
				};
				edgeData = edgeData.next;
				return {
					done: false,
					value
				};
			}
		};
		let done = false;
		return {
			[Symbol.iterator]() {
				return this;
			},
			next() {
				if (done === true) return { done: true };
				done = true;
				return {
					done: false,
					value: {
						edge: edgeData.key,
						attributes: edgeData.attributes,
						source: edgeData.source.key,
						target: edgeData.target.key,
						sourceAttributes: edgeData.source.attributes,
						targetAttributes: edgeData.target.attributes,
						undirected: edgeData.undirected
					}
				};
			}
		};
	}
	/**
	* Function creating an array of edges for the given type.
	*
	* @param  {Graph}   graph - Target Graph instance.
	* @param  {string}  type  - Type of edges to retrieve.
	* @return {array}         - Array of edges.
	*/
	function createEdgeArray(graph, type) {
		if (graph.size === 0) return [];
		if (type === "mixed" || type === graph.type) return Array.from(graph._edges.keys());
		const size = type === "undirected" ? graph.undirectedSize : graph.directedSize;
		const list = new Array(size), mask = type === "undirected";
		const iterator = graph._edges.values();
		let i = 0;
		let step, data;
		while (step = iterator.next(), step.done !== true) {
			data = step.value;
			if (data.undirected === mask) list[i++] = data.key;
		}
		return list;
	}
	/**
	* Function iterating over a graph's edges using a callback to match one of
	* them.
	*
	* @param  {Graph}    graph    - Target Graph instance.
	* @param  {string}   type     - Type of edges to retrieve.
	* @param  {function} callback - Function to call.
	*/
	function forEachEdge(breakable, graph, type, callback) {
		if (graph.size === 0) return;
		const shouldFilter = type !== "mixed" && type !== graph.type;
		const mask = type === "undirected";
		let step, data;
		let shouldBreak = false;
		const iterator = graph._edges.values();
		while (step = iterator.next(), step.done !== true) {
			data = step.value;
			if (shouldFilter && data.undirected !== mask) continue;
			const { key, attributes, source, target } = data;
			shouldBreak = callback(key, attributes, source.key, target.key, source.attributes, target.attributes, data.undirected);
			if (breakable && shouldBreak) return key;
		}
	}
	/**
	* Function creating an iterator of edges for the given type.
	*
	* @param  {Graph}    graph - Target Graph instance.
	* @param  {string}   type  - Type of edges to retrieve.
	* @return {Iterator}
	*/
	function createEdgeIterator(graph, type) {
		if (graph.size === 0) return emptyIterator();
		const shouldFilter = type !== "mixed" && type !== graph.type;
		const mask = type === "undirected";
		const iterator = graph._edges.values();
		return {
			[Symbol.iterator]() {
				return this;
			},
			next() {
				let step, data;
				while (true) {
					step = iterator.next();
					if (step.done) return step;
					data = step.value;
					if (shouldFilter && data.undirected !== mask) continue;
					break;
				}
				return {
					value: {
						edge: data.key,
						attributes: data.attributes,
						source: data.source.key,
						target: data.target.key,
						sourceAttributes: data.source.attributes,
						targetAttributes: data.target.attributes,
						undirected: data.undirected
					},
					done: false
				};
			}
		};
	}
	/**
	* Function iterating over a node's edges using a callback to match one of them.
	*
	* @param  {boolean}  multi     - Whether the graph is multi or not.
	* @param  {string}   type      - Type of edges to retrieve.
	* @param  {string}   direction - In or out?
	* @param  {any}      nodeData  - Target node's data.
	* @param  {function} callback  - Function to call.
	*/
	function forEachEdgeForNode(breakable, multi, type, direction, nodeData, callback) {
		const fn = multi ? forEachMulti : forEachSimple;
		let found;
		if (type !== "undirected") {
			if (direction !== "out") {
				found = fn(breakable, nodeData.in, callback);
				if (breakable && found) return found;
			}
			if (direction !== "in") {
				found = fn(breakable, nodeData.out, callback, !direction ? nodeData.key : void 0);
				if (breakable && found) return found;
			}
		}
		if (type !== "directed") {
			found = fn(breakable, nodeData.undirected, callback);
			if (breakable && found) return found;
		}
	}
	/**
	* Function creating an array of edges for the given type & the given node.
	*
	* @param  {boolean} multi     - Whether the graph is multi or not.
	* @param  {string}  type      - Type of edges to retrieve.
	* @param  {string}  direction - In or out?
	* @param  {any}     nodeData  - Target node's data.
	* @return {array}             - Array of edges.
	*/
	function createEdgeArrayForNode(multi, type, direction, nodeData) {
		const edges = [];
		forEachEdgeForNode(false, multi, type, direction, nodeData, function(key) {
			edges.push(key);
		});
		return edges;
	}
	/**
	* Function iterating over a node's edges using a callback.
	*
	* @param  {string}   type      - Type of edges to retrieve.
	* @param  {string}   direction - In or out?
	* @param  {any}      nodeData  - Target node's data.
	* @return {Iterator}
	*/
	function createEdgeIteratorForNode(type, direction, nodeData) {
		let iterator = emptyIterator();
		if (type !== "undirected") {
			if (direction !== "out" && typeof nodeData.in !== "undefined") iterator = chain(iterator, createIterator(nodeData.in));
			if (direction !== "in" && typeof nodeData.out !== "undefined") iterator = chain(iterator, createIterator(nodeData.out, !direction ? nodeData.key : void 0));
		}
		if (type !== "directed" && typeof nodeData.undirected !== "undefined") iterator = chain(iterator, createIterator(nodeData.undirected));
		return iterator;
	}
	/**
	* Function iterating over edges for the given path using a callback to match
	* one of them.
	*
	* @param  {string}   type       - Type of edges to retrieve.
	* @param  {boolean}  multi      - Whether the graph is multi.
	* @param  {string}   direction  - In or out?
	* @param  {NodeData} sourceData - Source node's data.
	* @param  {string}   target     - Target node.
	* @param  {function} callback   - Function to call.
	*/
	function forEachEdgeForPath(breakable, type, multi, direction, sourceData, target, callback) {
		const fn = multi ? forEachForKeyMulti : forEachForKeySimple;
		let found;
		if (type !== "undirected") {
			if (typeof sourceData.in !== "undefined" && direction !== "out") {
				found = fn(breakable, sourceData.in, target, callback);
				if (breakable && found) return found;
			}
			if (typeof sourceData.out !== "undefined" && direction !== "in" && (direction || sourceData.key !== target)) {
				found = fn(breakable, sourceData.out, target, callback);
				if (breakable && found) return found;
			}
		}
		if (type !== "directed") {
			if (typeof sourceData.undirected !== "undefined") {
				found = fn(breakable, sourceData.undirected, target, callback);
				if (breakable && found) return found;
			}
		}
	}
	/**
	* Function creating an array of edges for the given path.
	*
	* @param  {string}   type       - Type of edges to retrieve.
	* @param  {boolean}  multi      - Whether the graph is multi.
	* @param  {string}   direction  - In or out?
	* @param  {NodeData} sourceData - Source node's data.
	* @param  {any}      target     - Target node.
	* @return {array}               - Array of edges.
	*/
	function createEdgeArrayForPath(type, multi, direction, sourceData, target) {
		const edges = [];
		forEachEdgeForPath(false, type, multi, direction, sourceData, target, function(key) {
			edges.push(key);
		});
		return edges;
	}
	/**
	* Function returning an iterator over edges for the given path.
	*
	* @param  {string}   type       - Type of edges to retrieve.
	* @param  {string}   direction  - In or out?
	* @param  {NodeData} sourceData - Source node's data.
	* @param  {string}   target     - Target node.
	* @param  {function} callback   - Function to call.
	*/
	function createEdgeIteratorForPath(type, direction, sourceData, target) {
		let iterator = emptyIterator();
		if (type !== "undirected") {
			if (typeof sourceData.in !== "undefined" && direction !== "out" && target in sourceData.in) iterator = chain(iterator, createIteratorForKey(sourceData.in, target));
			if (typeof sourceData.out !== "undefined" && direction !== "in" && target in sourceData.out && (direction || sourceData.key !== target)) iterator = chain(iterator, createIteratorForKey(sourceData.out, target));
		}
		if (type !== "directed") {
			if (typeof sourceData.undirected !== "undefined" && target in sourceData.undirected) iterator = chain(iterator, createIteratorForKey(sourceData.undirected, target));
		}
		return iterator;
	}
	/**
	* Function attaching an edge array creator method to the Graph prototype.
	*
	* @param {function} Class       - Target class.
	* @param {object}   description - Method description.
	*/
	function attachEdgeArrayCreator(Class, description) {
		const { name, type, direction } = description;
		/**
		* Function returning an array of certain edges.
		*
		* Arity 0: Return all the relevant edges.
		*
		* Arity 1: Return all of a node's relevant edges.
		* @param  {any}   node   - Target node.
		*
		* Arity 2: Return the relevant edges across the given path.
		* @param  {any}   source - Source node.
		* @param  {any}   target - Target node.
		*
		* @return {array|number} - The edges or the number of edges.
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		Class.prototype[name] = function(source, target) {
			if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return [];
			if (!arguments.length) return createEdgeArray(this, type);
			if (arguments.length === 1) {
				source = "" + source;
				const nodeData = this._nodes.get(source);
				if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${name}: could not find the "${source}" node in the graph.`);
				return createEdgeArrayForNode(this.multi, type === "mixed" ? this.type : type, direction, nodeData);
			}
			if (arguments.length === 2) {
				source = "" + source;
				target = "" + target;
				const sourceData = this._nodes.get(source);
				if (!sourceData) throw new NotFoundGraphError(`Graph.${name}:  could not find the "${source}" source node in the graph.`);
				if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.${name}:  could not find the "${target}" target node in the graph.`);
				return createEdgeArrayForPath(type, this.multi, direction, sourceData, target);
			}
			throw new InvalidArgumentsGraphError(`Graph.${name}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`);
		};
	}
	/**
	* Function attaching a edge callback iterator method to the Graph prototype.
	*
	* @param {function} Class       - Target class.
	* @param {object}   description - Method description.
	*/
	function attachForEachEdge(Class, description) {
		const { name, type, direction } = description;
		const forEachName = "forEach" + name[0].toUpperCase() + name.slice(1, -1);
		/**
		* Function iterating over the graph's relevant edges by applying the given
		* callback.
		*
		* Arity 1: Iterate over all the relevant edges.
		* @param  {function} callback - Callback to use.
		*
		* Arity 2: Iterate over all of a node's relevant edges.
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		*
		* Arity 3: Iterate over the relevant edges across the given path.
		* @param  {any}      source   - Source node.
		* @param  {any}      target   - Target node.
		* @param  {function} callback - Callback to use.
		*
		* @return {undefined}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		Class.prototype[forEachName] = function(source, target, callback) {
			if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
			if (arguments.length === 1) {
				callback = source;
				return forEachEdge(false, this, type, callback);
			}
			if (arguments.length === 2) {
				source = "" + source;
				callback = target;
				const nodeData = this._nodes.get(source);
				if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${forEachName}: could not find the "${source}" node in the graph.`);
				return forEachEdgeForNode(false, this.multi, type === "mixed" ? this.type : type, direction, nodeData, callback);
			}
			if (arguments.length === 3) {
				source = "" + source;
				target = "" + target;
				const sourceData = this._nodes.get(source);
				if (!sourceData) throw new NotFoundGraphError(`Graph.${forEachName}:  could not find the "${source}" source node in the graph.`);
				if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.${forEachName}:  could not find the "${target}" target node in the graph.`);
				return forEachEdgeForPath(false, type, this.multi, direction, sourceData, target, callback);
			}
			throw new InvalidArgumentsGraphError(`Graph.${forEachName}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`);
		};
		/**
		* Function mapping the graph's relevant edges by applying the given
		* callback.
		*
		* Arity 1: Map all the relevant edges.
		* @param  {function} callback - Callback to use.
		*
		* Arity 2: Map all of a node's relevant edges.
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		*
		* Arity 3: Map the relevant edges across the given path.
		* @param  {any}      source   - Source node.
		* @param  {any}      target   - Target node.
		* @param  {function} callback - Callback to use.
		*
		* @return {undefined}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		const mapName = "map" + name[0].toUpperCase() + name.slice(1);
		Class.prototype[mapName] = function() {
			const args = Array.prototype.slice.call(arguments);
			const callback = args.pop();
			let result;
			if (args.length === 0) {
				let length = 0;
				if (type !== "directed") length += this.undirectedSize;
				if (type !== "undirected") length += this.directedSize;
				result = new Array(length);
				let i = 0;
				args.push((e, ea, s, t, sa, ta, u) => {
					result[i++] = callback(e, ea, s, t, sa, ta, u);
				});
			} else {
				result = [];
				args.push((e, ea, s, t, sa, ta, u) => {
					result.push(callback(e, ea, s, t, sa, ta, u));
				});
			}
			this[forEachName].apply(this, args);
			return result;
		};
		/**
		* Function filtering the graph's relevant edges using the provided predicate
		* function.
		*
		* Arity 1: Filter all the relevant edges.
		* @param  {function} predicate - Predicate to use.
		*
		* Arity 2: Filter all of a node's relevant edges.
		* @param  {any}      node      - Target node.
		* @param  {function} predicate - Predicate to use.
		*
		* Arity 3: Filter the relevant edges across the given path.
		* @param  {any}      source    - Source node.
		* @param  {any}      target    - Target node.
		* @param  {function} predicate - Predicate to use.
		*
		* @return {undefined}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		const filterName = "filter" + name[0].toUpperCase() + name.slice(1);
		Class.prototype[filterName] = function() {
			const args = Array.prototype.slice.call(arguments);
			const callback = args.pop();
			const result = [];
			args.push((e, ea, s, t, sa, ta, u) => {
				if (callback(e, ea, s, t, sa, ta, u)) result.push(e);
			});
			this[forEachName].apply(this, args);
			return result;
		};
		/**
		* Function reducing the graph's relevant edges using the provided accumulator
		* function.
		*
		* Arity 1: Reduce all the relevant edges.
		* @param  {function} accumulator  - Accumulator to use.
		* @param  {any}      initialValue - Initial value.
		*
		* Arity 2: Reduce all of a node's relevant edges.
		* @param  {any}      node         - Target node.
		* @param  {function} accumulator  - Accumulator to use.
		* @param  {any}      initialValue - Initial value.
		*
		* Arity 3: Reduce the relevant edges across the given path.
		* @param  {any}      source       - Source node.
		* @param  {any}      target       - Target node.
		* @param  {function} accumulator  - Accumulator to use.
		* @param  {any}      initialValue - Initial value.
		*
		* @return {undefined}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		const reduceName = "reduce" + name[0].toUpperCase() + name.slice(1);
		Class.prototype[reduceName] = function() {
			let args = Array.prototype.slice.call(arguments);
			if (args.length < 2 || args.length > 4) throw new InvalidArgumentsGraphError(`Graph.${reduceName}: invalid number of arguments (expecting 2, 3 or 4 and got ${args.length}).`);
			if (typeof args[args.length - 1] === "function" && typeof args[args.length - 2] !== "function") throw new InvalidArgumentsGraphError(`Graph.${reduceName}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`);
			let callback;
			let initialValue;
			if (args.length === 2) {
				callback = args[0];
				initialValue = args[1];
				args = [];
			} else if (args.length === 3) {
				callback = args[1];
				initialValue = args[2];
				args = [args[0]];
			} else if (args.length === 4) {
				callback = args[2];
				initialValue = args[3];
				args = [args[0], args[1]];
			}
			let accumulator = initialValue;
			args.push((e, ea, s, t, sa, ta, u) => {
				accumulator = callback(accumulator, e, ea, s, t, sa, ta, u);
			});
			this[forEachName].apply(this, args);
			return accumulator;
		};
	}
	/**
	* Function attaching a breakable edge callback iterator method to the Graph
	* prototype.
	*
	* @param {function} Class       - Target class.
	* @param {object}   description - Method description.
	*/
	function attachFindEdge(Class, description) {
		const { name, type, direction } = description;
		const findEdgeName = "find" + name[0].toUpperCase() + name.slice(1, -1);
		/**
		* Function iterating over the graph's relevant edges in order to match
		* one of them using the provided predicate function.
		*
		* Arity 1: Iterate over all the relevant edges.
		* @param  {function} callback - Callback to use.
		*
		* Arity 2: Iterate over all of a node's relevant edges.
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		*
		* Arity 3: Iterate over the relevant edges across the given path.
		* @param  {any}      source   - Source node.
		* @param  {any}      target   - Target node.
		* @param  {function} callback - Callback to use.
		*
		* @return {undefined}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		Class.prototype[findEdgeName] = function(source, target, callback) {
			if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return false;
			if (arguments.length === 1) {
				callback = source;
				return forEachEdge(true, this, type, callback);
			}
			if (arguments.length === 2) {
				source = "" + source;
				callback = target;
				const nodeData = this._nodes.get(source);
				if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${findEdgeName}: could not find the "${source}" node in the graph.`);
				return forEachEdgeForNode(true, this.multi, type === "mixed" ? this.type : type, direction, nodeData, callback);
			}
			if (arguments.length === 3) {
				source = "" + source;
				target = "" + target;
				const sourceData = this._nodes.get(source);
				if (!sourceData) throw new NotFoundGraphError(`Graph.${findEdgeName}:  could not find the "${source}" source node in the graph.`);
				if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.${findEdgeName}:  could not find the "${target}" target node in the graph.`);
				return forEachEdgeForPath(true, type, this.multi, direction, sourceData, target, callback);
			}
			throw new InvalidArgumentsGraphError(`Graph.${findEdgeName}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`);
		};
		/**
		* Function iterating over the graph's relevant edges in order to assert
		* whether any one of them matches the provided predicate function.
		*
		* Arity 1: Iterate over all the relevant edges.
		* @param  {function} callback - Callback to use.
		*
		* Arity 2: Iterate over all of a node's relevant edges.
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		*
		* Arity 3: Iterate over the relevant edges across the given path.
		* @param  {any}      source   - Source node.
		* @param  {any}      target   - Target node.
		* @param  {function} callback - Callback to use.
		*
		* @return {undefined}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		const someName = "some" + name[0].toUpperCase() + name.slice(1, -1);
		Class.prototype[someName] = function() {
			const args = Array.prototype.slice.call(arguments);
			const callback = args.pop();
			args.push((e, ea, s, t, sa, ta, u) => {
				return callback(e, ea, s, t, sa, ta, u);
			});
			if (this[findEdgeName].apply(this, args)) return true;
			return false;
		};
		/**
		* Function iterating over the graph's relevant edges in order to assert
		* whether all of them matche the provided predicate function.
		*
		* Arity 1: Iterate over all the relevant edges.
		* @param  {function} callback - Callback to use.
		*
		* Arity 2: Iterate over all of a node's relevant edges.
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		*
		* Arity 3: Iterate over the relevant edges across the given path.
		* @param  {any}      source   - Source node.
		* @param  {any}      target   - Target node.
		* @param  {function} callback - Callback to use.
		*
		* @return {undefined}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		const everyName = "every" + name[0].toUpperCase() + name.slice(1, -1);
		Class.prototype[everyName] = function() {
			const args = Array.prototype.slice.call(arguments);
			const callback = args.pop();
			args.push((e, ea, s, t, sa, ta, u) => {
				return !callback(e, ea, s, t, sa, ta, u);
			});
			if (this[findEdgeName].apply(this, args)) return false;
			return true;
		};
	}
	/**
	* Function attaching an edge iterator method to the Graph prototype.
	*
	* @param {function} Class       - Target class.
	* @param {object}   description - Method description.
	*/
	function attachEdgeIteratorCreator(Class, description) {
		const { name: originalName, type, direction } = description;
		const name = originalName.slice(0, -1) + "Entries";
		/**
		* Function returning an iterator over the graph's edges.
		*
		* Arity 0: Iterate over all the relevant edges.
		*
		* Arity 1: Iterate over all of a node's relevant edges.
		* @param  {any}   node   - Target node.
		*
		* Arity 2: Iterate over the relevant edges across the given path.
		* @param  {any}   source - Source node.
		* @param  {any}   target - Target node.
		*
		* @return {array|number} - The edges or the number of edges.
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		Class.prototype[name] = function(source, target) {
			if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return emptyIterator();
			if (!arguments.length) return createEdgeIterator(this, type);
			if (arguments.length === 1) {
				source = "" + source;
				const sourceData = this._nodes.get(source);
				if (!sourceData) throw new NotFoundGraphError(`Graph.${name}: could not find the "${source}" node in the graph.`);
				return createEdgeIteratorForNode(type, direction, sourceData);
			}
			if (arguments.length === 2) {
				source = "" + source;
				target = "" + target;
				const sourceData = this._nodes.get(source);
				if (!sourceData) throw new NotFoundGraphError(`Graph.${name}:  could not find the "${source}" source node in the graph.`);
				if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.${name}:  could not find the "${target}" target node in the graph.`);
				return createEdgeIteratorForPath(type, direction, sourceData, target);
			}
			throw new InvalidArgumentsGraphError(`Graph.${name}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`);
		};
	}
	/**
	* Function attaching every edge iteration method to the Graph class.
	*
	* @param {function} Graph - Graph class.
	*/
	function attachEdgeIterationMethods(Graph) {
		EDGES_ITERATION.forEach((description) => {
			attachEdgeArrayCreator(Graph, description);
			attachForEachEdge(Graph, description);
			attachFindEdge(Graph, description);
			attachEdgeIteratorCreator(Graph, description);
		});
	}
	/**
	* Graphology Neighbor Iteration
	* ==============================
	*
	* Attaching some methods to the Graph class to be able to iterate over
	* neighbors.
	*/
	/**
	* Definitions.
	*/
	const NEIGHBORS_ITERATION = [
		{
			name: "neighbors",
			type: "mixed"
		},
		{
			name: "inNeighbors",
			type: "directed",
			direction: "in"
		},
		{
			name: "outNeighbors",
			type: "directed",
			direction: "out"
		},
		{
			name: "inboundNeighbors",
			type: "mixed",
			direction: "in"
		},
		{
			name: "outboundNeighbors",
			type: "mixed",
			direction: "out"
		},
		{
			name: "directedNeighbors",
			type: "directed"
		},
		{
			name: "undirectedNeighbors",
			type: "undirected"
		}
	];
	/**
	* Helpers.
	*/
	function CompositeSetWrapper() {
		this.A = null;
		this.B = null;
	}
	CompositeSetWrapper.prototype.wrap = function(set) {
		if (this.A === null) this.A = set;
		else if (this.B === null) this.B = set;
	};
	CompositeSetWrapper.prototype.has = function(key) {
		if (this.A !== null && key in this.A) return true;
		if (this.B !== null && key in this.B) return true;
		return false;
	};
	/**
	* Function iterating over the given node's relevant neighbors to match
	* one of them using a predicated function.
	*
	* @param  {string}   type      - Type of neighbors.
	* @param  {string}   direction - Direction.
	* @param  {any}      nodeData  - Target node's data.
	* @param  {function} callback  - Callback to use.
	*/
	function forEachInObjectOnce(breakable, visited, nodeData, object, callback) {
		for (const k in object) {
			const edgeData = object[k];
			const sourceData = edgeData.source;
			const targetData = edgeData.target;
			const neighborData = sourceData === nodeData ? targetData : sourceData;
			if (visited && visited.has(neighborData.key)) continue;
			const shouldBreak = callback(neighborData.key, neighborData.attributes);
			if (breakable && shouldBreak) return neighborData.key;
		}
	}
	function forEachNeighbor(breakable, type, direction, nodeData, callback) {
		if (type !== "mixed") {
			if (type === "undirected") return forEachInObjectOnce(breakable, null, nodeData, nodeData.undirected, callback);
			if (typeof direction === "string") return forEachInObjectOnce(breakable, null, nodeData, nodeData[direction], callback);
		}
		const visited = new CompositeSetWrapper();
		let found;
		if (type !== "undirected") {
			if (direction !== "out") {
				found = forEachInObjectOnce(breakable, null, nodeData, nodeData.in, callback);
				if (breakable && found) return found;
				visited.wrap(nodeData.in);
			}
			if (direction !== "in") {
				found = forEachInObjectOnce(breakable, visited, nodeData, nodeData.out, callback);
				if (breakable && found) return found;
				visited.wrap(nodeData.out);
			}
		}
		if (type !== "directed") {
			found = forEachInObjectOnce(breakable, visited, nodeData, nodeData.undirected, callback);
			if (breakable && found) return found;
		}
	}
	/**
	* Function creating an array of relevant neighbors for the given node.
	*
	* @param  {string}       type      - Type of neighbors.
	* @param  {string}       direction - Direction.
	* @param  {any}          nodeData  - Target node's data.
	* @return {Array}                  - The list of neighbors.
	*/
	function createNeighborArrayForNode(type, direction, nodeData) {
		if (type !== "mixed") {
			if (type === "undirected") return Object.keys(nodeData.undirected);
			if (typeof direction === "string") return Object.keys(nodeData[direction]);
		}
		const neighbors = [];
		forEachNeighbor(false, type, direction, nodeData, function(key) {
			neighbors.push(key);
		});
		return neighbors;
	}
	/**
	* Function returning an iterator over the given node's relevant neighbors.
	*
	* @param  {string}   type      - Type of neighbors.
	* @param  {string}   direction - Direction.
	* @param  {any}      nodeData  - Target node's data.
	* @return {Iterator}
	*/
	function createDedupedObjectIterator(visited, nodeData, object) {
		const keys = Object.keys(object);
		const l = keys.length;
		let i = 0;
		return {
			[Symbol.iterator]() {
				return this;
			},
			next() {
				let neighborData = null;
				do {
					if (i >= l) {
						if (visited) visited.wrap(object);
						return { done: true };
					}
					const edgeData = object[keys[i++]];
					const sourceData = edgeData.source;
					const targetData = edgeData.target;
					neighborData = sourceData === nodeData ? targetData : sourceData;
					if (visited && visited.has(neighborData.key)) {
						neighborData = null;
						continue;
					}
				} while (neighborData === null);
				return {
					done: false,
					value: {
						neighbor: neighborData.key,
						attributes: neighborData.attributes
					}
				};
			}
		};
	}
	function createNeighborIterator(type, direction, nodeData) {
		if (type !== "mixed") {
			if (type === "undirected") return createDedupedObjectIterator(null, nodeData, nodeData.undirected);
			if (typeof direction === "string") return createDedupedObjectIterator(null, nodeData, nodeData[direction]);
		}
		let iterator = emptyIterator();
		const visited = new CompositeSetWrapper();
		if (type !== "undirected") {
			if (direction !== "out") iterator = chain(iterator, createDedupedObjectIterator(visited, nodeData, nodeData.in));
			if (direction !== "in") iterator = chain(iterator, createDedupedObjectIterator(visited, nodeData, nodeData.out));
		}
		if (type !== "directed") iterator = chain(iterator, createDedupedObjectIterator(visited, nodeData, nodeData.undirected));
		return iterator;
	}
	/**
	* Function attaching a neighbors array creator method to the Graph prototype.
	*
	* @param {function} Class       - Target class.
	* @param {object}   description - Method description.
	*/
	function attachNeighborArrayCreator(Class, description) {
		const { name, type, direction } = description;
		/**
		* Function returning an array of certain neighbors.
		*
		* @param  {any}   node   - Target node.
		* @return {array} - The neighbors of neighbors.
		*
		* @throws {Error} - Will throw if node is not found in the graph.
		*/
		Class.prototype[name] = function(node) {
			if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return [];
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${name}: could not find the "${node}" node in the graph.`);
			return createNeighborArrayForNode(type === "mixed" ? this.type : type, direction, nodeData);
		};
	}
	/**
	* Function attaching a neighbors callback iterator method to the Graph prototype.
	*
	* @param {function} Class       - Target class.
	* @param {object}   description - Method description.
	*/
	function attachForEachNeighbor(Class, description) {
		const { name, type, direction } = description;
		const forEachName = "forEach" + name[0].toUpperCase() + name.slice(1, -1);
		/**
		* Function iterating over all the relevant neighbors using a callback.
		*
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		* @return {undefined}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		Class.prototype[forEachName] = function(node, callback) {
			if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${forEachName}: could not find the "${node}" node in the graph.`);
			forEachNeighbor(false, type === "mixed" ? this.type : type, direction, nodeData, callback);
		};
		/**
		* Function mapping the relevant neighbors using a callback.
		*
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		const mapName = "map" + name[0].toUpperCase() + name.slice(1);
		Class.prototype[mapName] = function(node, callback) {
			const result = [];
			this[forEachName](node, (n, a) => {
				result.push(callback(n, a));
			});
			return result;
		};
		/**
		* Function filtering the relevant neighbors using a callback.
		*
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		const filterName = "filter" + name[0].toUpperCase() + name.slice(1);
		Class.prototype[filterName] = function(node, callback) {
			const result = [];
			this[forEachName](node, (n, a) => {
				if (callback(n, a)) result.push(n);
			});
			return result;
		};
		/**
		* Function reducing the relevant neighbors using a callback.
		*
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		const reduceName = "reduce" + name[0].toUpperCase() + name.slice(1);
		Class.prototype[reduceName] = function(node, callback, initialValue) {
			if (arguments.length < 3) throw new InvalidArgumentsGraphError(`Graph.${reduceName}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`);
			let accumulator = initialValue;
			this[forEachName](node, (n, a) => {
				accumulator = callback(accumulator, n, a);
			});
			return accumulator;
		};
	}
	/**
	* Function attaching a breakable neighbors callback iterator method to the
	* Graph prototype.
	*
	* @param {function} Class       - Target class.
	* @param {object}   description - Method description.
	*/
	function attachFindNeighbor(Class, description) {
		const { name, type, direction } = description;
		const capitalizedSingular = name[0].toUpperCase() + name.slice(1, -1);
		const findName = "find" + capitalizedSingular;
		/**
		* Function iterating over all the relevant neighbors using a callback.
		*
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		* @return {undefined}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		Class.prototype[findName] = function(node, callback) {
			if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${findName}: could not find the "${node}" node in the graph.`);
			return forEachNeighbor(true, type === "mixed" ? this.type : type, direction, nodeData, callback);
		};
		/**
		* Function iterating over all the relevant neighbors to find if any of them
		* matches the given predicate.
		*
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		const someName = "some" + capitalizedSingular;
		Class.prototype[someName] = function(node, callback) {
			if (this[findName](node, callback)) return true;
			return false;
		};
		/**
		* Function iterating over all the relevant neighbors to find if all of them
		* matche the given predicate.
		*
		* @param  {any}      node     - Target node.
		* @param  {function} callback - Callback to use.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		const everyName = "every" + capitalizedSingular;
		Class.prototype[everyName] = function(node, callback) {
			if (this[findName](node, (n, a) => {
				return !callback(n, a);
			})) return false;
			return true;
		};
	}
	/**
	* Function attaching a neighbors callback iterator method to the Graph prototype.
	*
	* @param {function} Class       - Target class.
	* @param {object}   description - Method description.
	*/
	function attachNeighborIteratorCreator(Class, description) {
		const { name, type, direction } = description;
		const iteratorName = name.slice(0, -1) + "Entries";
		/**
		* Function returning an iterator over all the relevant neighbors.
		*
		* @param  {any}      node     - Target node.
		* @return {Iterator}
		*
		* @throws {Error} - Will throw if there are too many arguments.
		*/
		Class.prototype[iteratorName] = function(node) {
			if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return emptyIterator();
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (typeof nodeData === "undefined") throw new NotFoundGraphError(`Graph.${iteratorName}: could not find the "${node}" node in the graph.`);
			return createNeighborIterator(type === "mixed" ? this.type : type, direction, nodeData);
		};
	}
	/**
	* Function attaching every neighbor iteration method to the Graph class.
	*
	* @param {function} Graph - Graph class.
	*/
	function attachNeighborIterationMethods(Graph) {
		NEIGHBORS_ITERATION.forEach((description) => {
			attachNeighborArrayCreator(Graph, description);
			attachForEachNeighbor(Graph, description);
			attachFindNeighbor(Graph, description);
			attachNeighborIteratorCreator(Graph, description);
		});
	}
	/**
	* Graphology Adjacency Iteration
	* ===============================
	*
	* Attaching some methods to the Graph class to be able to iterate over a
	* graph's adjacency.
	*/
	/**
	* Function iterating over a simple graph's adjacency using a callback.
	*
	* @param {boolean}  breakable         - Can we break?
	* @param {boolean}  assymetric        - Whether to emit undirected edges only once.
	* @param {boolean}  disconnectedNodes - Whether to emit disconnected nodes.
	* @param {Graph}    graph             - Target Graph instance.
	* @param {callback} function          - Iteration callback.
	*/
	function forEachAdjacency(breakable, assymetric, disconnectedNodes, graph, callback) {
		const iterator = graph._nodes.values();
		const type = graph.type;
		let step, sourceData, neighbor, adj, edgeData, targetData, shouldBreak;
		while (step = iterator.next(), step.done !== true) {
			let hasEdges = false;
			sourceData = step.value;
			if (type !== "undirected") {
				adj = sourceData.out;
				for (neighbor in adj) {
					edgeData = adj[neighbor];
					do {
						targetData = edgeData.target;
						hasEdges = true;
						shouldBreak = callback(sourceData.key, targetData.key, sourceData.attributes, targetData.attributes, edgeData.key, edgeData.attributes, edgeData.undirected);
						if (breakable && shouldBreak) return edgeData;
						edgeData = edgeData.next;
					} while (edgeData);
				}
			}
			if (type !== "directed") {
				adj = sourceData.undirected;
				for (neighbor in adj) {
					if (assymetric && sourceData.key > neighbor) continue;
					edgeData = adj[neighbor];
					do {
						targetData = edgeData.target;
						if (targetData.key !== neighbor) targetData = edgeData.source;
						hasEdges = true;
						shouldBreak = callback(sourceData.key, targetData.key, sourceData.attributes, targetData.attributes, edgeData.key, edgeData.attributes, edgeData.undirected);
						if (breakable && shouldBreak) return edgeData;
						edgeData = edgeData.next;
					} while (edgeData);
				}
			}
			if (disconnectedNodes && !hasEdges) {
				shouldBreak = callback(sourceData.key, null, sourceData.attributes, null, null, null, null);
				if (breakable && shouldBreak) return null;
			}
		}
	}
	/**
	* Graphology Serialization Utilities
	* ===================================
	*
	* Collection of functions used by the graph serialization schemes.
	*/
	/**
	* Formats internal node data into a serialized node.
	*
	* @param  {any}    key  - The node's key.
	* @param  {object} data - Internal node's data.
	* @return {array}       - The serialized node.
	*/
	function serializeNode(key, data) {
		const serialized = { key };
		if (!isEmpty(data.attributes)) serialized.attributes = assign({}, data.attributes);
		return serialized;
	}
	/**
	* Formats internal edge data into a serialized edge.
	*
	* @param  {string} type - The graph's type.
	* @param  {any}    key  - The edge's key.
	* @param  {object} data - Internal edge's data.
	* @return {array}       - The serialized edge.
	*/
	function serializeEdge(type, key, data) {
		const serialized = {
			key,
			source: data.source.key,
			target: data.target.key
		};
		if (!isEmpty(data.attributes)) serialized.attributes = assign({}, data.attributes);
		if (type === "mixed" && data.undirected) serialized.undirected = true;
		return serialized;
	}
	/**
	* Checks whether the given value is a serialized node.
	*
	* @param  {mixed} value - Target value.
	* @return {string|null}
	*/
	function validateSerializedNode(value) {
		if (!isPlainObject(value)) throw new InvalidArgumentsGraphError("Graph.import: invalid serialized node. A serialized node should be a plain object with at least a \"key\" property.");
		if (!("key" in value)) throw new InvalidArgumentsGraphError("Graph.import: serialized node is missing its key.");
		if ("attributes" in value && (!isPlainObject(value.attributes) || value.attributes === null)) throw new InvalidArgumentsGraphError("Graph.import: invalid attributes. Attributes should be a plain object, null or omitted.");
	}
	/**
	* Checks whether the given value is a serialized edge.
	*
	* @param  {mixed} value - Target value.
	* @return {string|null}
	*/
	function validateSerializedEdge(value) {
		if (!isPlainObject(value)) throw new InvalidArgumentsGraphError("Graph.import: invalid serialized edge. A serialized edge should be a plain object with at least a \"source\" & \"target\" property.");
		if (!("source" in value)) throw new InvalidArgumentsGraphError("Graph.import: serialized edge is missing its source.");
		if (!("target" in value)) throw new InvalidArgumentsGraphError("Graph.import: serialized edge is missing its target.");
		if ("attributes" in value && (!isPlainObject(value.attributes) || value.attributes === null)) throw new InvalidArgumentsGraphError("Graph.import: invalid attributes. Attributes should be a plain object, null or omitted.");
		if ("undirected" in value && typeof value.undirected !== "boolean") throw new InvalidArgumentsGraphError("Graph.import: invalid undirectedness information. Undirected should be boolean or omitted.");
	}
	/**
	* Constants.
	*/
	const INSTANCE_ID = incrementalIdStartingFromRandomByte();
	/**
	* Enums.
	*/
	const TYPES = /* @__PURE__ */ new Set([
		"directed",
		"undirected",
		"mixed"
	]);
	const EMITTER_PROPS = /* @__PURE__ */ new Set([
		"domain",
		"_events",
		"_eventsCount",
		"_maxListeners"
	]);
	const EDGE_ADD_METHODS = [
		{
			name: (verb) => `${verb}Edge`,
			generateKey: true
		},
		{
			name: (verb) => `${verb}DirectedEdge`,
			generateKey: true,
			type: "directed"
		},
		{
			name: (verb) => `${verb}UndirectedEdge`,
			generateKey: true,
			type: "undirected"
		},
		{ name: (verb) => `${verb}EdgeWithKey` },
		{
			name: (verb) => `${verb}DirectedEdgeWithKey`,
			type: "directed"
		},
		{
			name: (verb) => `${verb}UndirectedEdgeWithKey`,
			type: "undirected"
		}
	];
	/**
	* Default options.
	*/
	const DEFAULTS = {
		allowSelfLoops: true,
		multi: false,
		type: "mixed"
	};
	/**
	* Abstract functions used by the Graph class for various methods.
	*/
	/**
	* Internal method used to add a node to the given graph
	*
	* @param  {Graph}   graph           - Target graph.
	* @param  {any}     node            - The node's key.
	* @param  {object}  [attributes]    - Optional attributes.
	* @return {NodeData}                - Created node data.
	*/
	function addNode(graph, node, attributes) {
		if (attributes && !isPlainObject(attributes)) throw new InvalidArgumentsGraphError(`Graph.addNode: invalid attributes. Expecting an object but got "${attributes}"`);
		node = "" + node;
		attributes = attributes || {};
		if (graph._nodes.has(node)) throw new UsageGraphError(`Graph.addNode: the "${node}" node already exist in the graph.`);
		const data = new graph.NodeDataClass(node, attributes);
		graph._nodes.set(node, data);
		graph.emit("nodeAdded", {
			key: node,
			attributes
		});
		return data;
	}
	/**
	* Same as the above but without sanity checks because we call this in contexts
	* where necessary checks were already done.
	*/
	function unsafeAddNode(graph, node, attributes) {
		const data = new graph.NodeDataClass(node, attributes);
		graph._nodes.set(node, data);
		graph.emit("nodeAdded", {
			key: node,
			attributes
		});
		return data;
	}
	/**
	* Internal method used to add an arbitrary edge to the given graph.
	*
	* @param  {Graph}   graph           - Target graph.
	* @param  {string}  name            - Name of the child method for errors.
	* @param  {boolean} mustGenerateKey - Should the graph generate an id?
	* @param  {boolean} undirected      - Whether the edge is undirected.
	* @param  {any}     edge            - The edge's key.
	* @param  {any}     source          - The source node.
	* @param  {any}     target          - The target node.
	* @param  {object}  [attributes]    - Optional attributes.
	* @return {any}                     - The edge.
	*
	* @throws {Error} - Will throw if the graph is of the wrong type.
	* @throws {Error} - Will throw if the given attributes are not an object.
	* @throws {Error} - Will throw if source or target doesn't exist.
	* @throws {Error} - Will throw if the edge already exist.
	*/
	function addEdge(graph, name, mustGenerateKey, undirected, edge, source, target, attributes) {
		if (!undirected && graph.type === "undirected") throw new UsageGraphError(`Graph.${name}: you cannot add a directed edge to an undirected graph. Use the #.addEdge or #.addUndirectedEdge instead.`);
		if (undirected && graph.type === "directed") throw new UsageGraphError(`Graph.${name}: you cannot add an undirected edge to a directed graph. Use the #.addEdge or #.addDirectedEdge instead.`);
		if (attributes && !isPlainObject(attributes)) throw new InvalidArgumentsGraphError(`Graph.${name}: invalid attributes. Expecting an object but got "${attributes}"`);
		source = "" + source;
		target = "" + target;
		attributes = attributes || {};
		if (!graph.allowSelfLoops && source === target) throw new UsageGraphError(`Graph.${name}: source & target are the same ("${source}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`);
		const sourceData = graph._nodes.get(source), targetData = graph._nodes.get(target);
		if (!sourceData) throw new NotFoundGraphError(`Graph.${name}: source node "${source}" not found.`);
		if (!targetData) throw new NotFoundGraphError(`Graph.${name}: target node "${target}" not found.`);
		const eventData = {
			key: null,
			undirected,
			source,
			target,
			attributes
		};
		if (mustGenerateKey) edge = graph._edgeKeyGenerator();
		else {
			edge = "" + edge;
			if (graph._edges.has(edge)) throw new UsageGraphError(`Graph.${name}: the "${edge}" edge already exists in the graph.`);
		}
		if (!graph.multi && (undirected ? typeof sourceData.undirected[target] !== "undefined" : typeof sourceData.out[target] !== "undefined")) throw new UsageGraphError(`Graph.${name}: an edge linking "${source}" to "${target}" already exists. If you really want to add multiple edges linking those nodes, you should create a multi graph by using the 'multi' option.`);
		const edgeData = new EdgeData(undirected, edge, sourceData, targetData, attributes);
		graph._edges.set(edge, edgeData);
		const isSelfLoop = source === target;
		if (undirected) {
			sourceData.undirectedDegree++;
			targetData.undirectedDegree++;
			if (isSelfLoop) {
				sourceData.undirectedLoops++;
				graph._undirectedSelfLoopCount++;
			}
		} else {
			sourceData.outDegree++;
			targetData.inDegree++;
			if (isSelfLoop) {
				sourceData.directedLoops++;
				graph._directedSelfLoopCount++;
			}
		}
		if (graph.multi) edgeData.attachMulti();
		else edgeData.attach();
		if (undirected) graph._undirectedSize++;
		else graph._directedSize++;
		eventData.key = edge;
		graph.emit("edgeAdded", eventData);
		return edge;
	}
	/**
	* Internal method used to add an arbitrary edge to the given graph.
	*
	* @param  {Graph}   graph           - Target graph.
	* @param  {string}  name            - Name of the child method for errors.
	* @param  {boolean} mustGenerateKey - Should the graph generate an id?
	* @param  {boolean} undirected      - Whether the edge is undirected.
	* @param  {any}     edge            - The edge's key.
	* @param  {any}     source          - The source node.
	* @param  {any}     target          - The target node.
	* @param  {object}  [attributes]    - Optional attributes.
	* @param  {boolean} [asUpdater]       - Are we updating or merging?
	* @return {any}                     - The edge.
	*
	* @throws {Error} - Will throw if the graph is of the wrong type.
	* @throws {Error} - Will throw if the given attributes are not an object.
	* @throws {Error} - Will throw if source or target doesn't exist.
	* @throws {Error} - Will throw if the edge already exist.
	*/
	function mergeEdge(graph, name, mustGenerateKey, undirected, edge, source, target, attributes, asUpdater) {
		if (!undirected && graph.type === "undirected") throw new UsageGraphError(`Graph.${name}: you cannot merge/update a directed edge to an undirected graph. Use the #.mergeEdge/#.updateEdge or #.addUndirectedEdge instead.`);
		if (undirected && graph.type === "directed") throw new UsageGraphError(`Graph.${name}: you cannot merge/update an undirected edge to a directed graph. Use the #.mergeEdge/#.updateEdge or #.addDirectedEdge instead.`);
		if (attributes) {
			if (asUpdater) {
				if (typeof attributes !== "function") throw new InvalidArgumentsGraphError(`Graph.${name}: invalid updater function. Expecting a function but got "${attributes}"`);
			} else if (!isPlainObject(attributes)) throw new InvalidArgumentsGraphError(`Graph.${name}: invalid attributes. Expecting an object but got "${attributes}"`);
		}
		source = "" + source;
		target = "" + target;
		let updater;
		if (asUpdater) {
			updater = attributes;
			attributes = void 0;
		}
		if (!graph.allowSelfLoops && source === target) throw new UsageGraphError(`Graph.${name}: source & target are the same ("${source}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`);
		let sourceData = graph._nodes.get(source);
		let targetData = graph._nodes.get(target);
		let edgeData;
		let alreadyExistingEdgeData;
		if (!mustGenerateKey) {
			edgeData = graph._edges.get(edge);
			if (edgeData) {
				if (edgeData.source.key !== source || edgeData.target.key !== target) {
					if (!undirected || edgeData.source.key !== target || edgeData.target.key !== source) throw new UsageGraphError(`Graph.${name}: inconsistency detected when attempting to merge the "${edge}" edge with "${source}" source & "${target}" target vs. ("${edgeData.source.key}", "${edgeData.target.key}").`);
				}
				alreadyExistingEdgeData = edgeData;
			}
		}
		if (!alreadyExistingEdgeData && !graph.multi && sourceData) alreadyExistingEdgeData = undirected ? sourceData.undirected[target] : sourceData.out[target];
		if (alreadyExistingEdgeData) {
			const info = [
				alreadyExistingEdgeData.key,
				false,
				false,
				false
			];
			if (asUpdater ? !updater : !attributes) return info;
			if (asUpdater) {
				const oldAttributes = alreadyExistingEdgeData.attributes;
				alreadyExistingEdgeData.attributes = updater(oldAttributes);
				graph.emit("edgeAttributesUpdated", {
					type: "replace",
					key: alreadyExistingEdgeData.key,
					attributes: alreadyExistingEdgeData.attributes
				});
			} else {
				assign(alreadyExistingEdgeData.attributes, attributes);
				graph.emit("edgeAttributesUpdated", {
					type: "merge",
					key: alreadyExistingEdgeData.key,
					attributes: alreadyExistingEdgeData.attributes,
					data: attributes
				});
			}
			return info;
		}
		attributes = attributes || {};
		if (asUpdater && updater) attributes = updater(attributes);
		const eventData = {
			key: null,
			undirected,
			source,
			target,
			attributes
		};
		if (mustGenerateKey) edge = graph._edgeKeyGenerator();
		else {
			edge = "" + edge;
			if (graph._edges.has(edge)) throw new UsageGraphError(`Graph.${name}: the "${edge}" edge already exists in the graph.`);
		}
		let sourceWasAdded = false;
		let targetWasAdded = false;
		if (!sourceData) {
			sourceData = unsafeAddNode(graph, source, {});
			sourceWasAdded = true;
			if (source === target) {
				targetData = sourceData;
				targetWasAdded = true;
			}
		}
		if (!targetData) {
			targetData = unsafeAddNode(graph, target, {});
			targetWasAdded = true;
		}
		edgeData = new EdgeData(undirected, edge, sourceData, targetData, attributes);
		graph._edges.set(edge, edgeData);
		const isSelfLoop = source === target;
		if (undirected) {
			sourceData.undirectedDegree++;
			targetData.undirectedDegree++;
			if (isSelfLoop) {
				sourceData.undirectedLoops++;
				graph._undirectedSelfLoopCount++;
			}
		} else {
			sourceData.outDegree++;
			targetData.inDegree++;
			if (isSelfLoop) {
				sourceData.directedLoops++;
				graph._directedSelfLoopCount++;
			}
		}
		if (graph.multi) edgeData.attachMulti();
		else edgeData.attach();
		if (undirected) graph._undirectedSize++;
		else graph._directedSize++;
		eventData.key = edge;
		graph.emit("edgeAdded", eventData);
		return [
			edge,
			true,
			sourceWasAdded,
			targetWasAdded
		];
	}
	/**
	* Internal method used to drop an edge.
	*
	* @param  {Graph}    graph    - Target graph.
	* @param  {EdgeData} edgeData - Data of the edge to drop.
	*/
	function dropEdgeFromData(graph, edgeData) {
		graph._edges.delete(edgeData.key);
		const { source: sourceData, target: targetData, attributes } = edgeData;
		const undirected = edgeData.undirected;
		const isSelfLoop = sourceData === targetData;
		if (undirected) {
			sourceData.undirectedDegree--;
			targetData.undirectedDegree--;
			if (isSelfLoop) {
				sourceData.undirectedLoops--;
				graph._undirectedSelfLoopCount--;
			}
		} else {
			sourceData.outDegree--;
			targetData.inDegree--;
			if (isSelfLoop) {
				sourceData.directedLoops--;
				graph._directedSelfLoopCount--;
			}
		}
		if (graph.multi) edgeData.detachMulti();
		else edgeData.detach();
		if (undirected) graph._undirectedSize--;
		else graph._directedSize--;
		graph.emit("edgeDropped", {
			key: edgeData.key,
			attributes,
			source: sourceData.key,
			target: targetData.key,
			undirected
		});
	}
	/**
	* Graph class
	*
	* @constructor
	* @param  {object}  [options] - Options:
	* @param  {boolean}   [allowSelfLoops] - Allow self loops?
	* @param  {string}    [type]           - Type of the graph.
	* @param  {boolean}   [map]            - Allow references as keys?
	* @param  {boolean}   [multi]          - Allow parallel edges?
	*
	* @throws {Error} - Will throw if the arguments are not valid.
	*/
	var Graph = class Graph extends import_events.EventEmitter {
		constructor(options) {
			super();
			options = assign({}, DEFAULTS, options);
			if (typeof options.multi !== "boolean") throw new InvalidArgumentsGraphError(`Graph.constructor: invalid 'multi' option. Expecting a boolean but got "${options.multi}".`);
			if (!TYPES.has(options.type)) throw new InvalidArgumentsGraphError(`Graph.constructor: invalid 'type' option. Should be one of "mixed", "directed" or "undirected" but got "${options.type}".`);
			if (typeof options.allowSelfLoops !== "boolean") throw new InvalidArgumentsGraphError(`Graph.constructor: invalid 'allowSelfLoops' option. Expecting a boolean but got "${options.allowSelfLoops}".`);
			const NodeDataClass = options.type === "mixed" ? MixedNodeData : options.type === "directed" ? DirectedNodeData : UndirectedNodeData;
			privateProperty(this, "NodeDataClass", NodeDataClass);
			const instancePrefix = "geid_" + INSTANCE_ID() + "_";
			let edgeId = 0;
			const edgeKeyGenerator = () => {
				let availableEdgeKey;
				do
					availableEdgeKey = instancePrefix + edgeId++;
				while (this._edges.has(availableEdgeKey));
				return availableEdgeKey;
			};
			privateProperty(this, "_attributes", {});
			privateProperty(this, "_nodes", /* @__PURE__ */ new Map());
			privateProperty(this, "_edges", /* @__PURE__ */ new Map());
			privateProperty(this, "_directedSize", 0);
			privateProperty(this, "_undirectedSize", 0);
			privateProperty(this, "_directedSelfLoopCount", 0);
			privateProperty(this, "_undirectedSelfLoopCount", 0);
			privateProperty(this, "_edgeKeyGenerator", edgeKeyGenerator);
			privateProperty(this, "_options", options);
			EMITTER_PROPS.forEach((prop) => privateProperty(this, prop, this[prop]));
			readOnlyProperty(this, "order", () => this._nodes.size);
			readOnlyProperty(this, "size", () => this._edges.size);
			readOnlyProperty(this, "directedSize", () => this._directedSize);
			readOnlyProperty(this, "undirectedSize", () => this._undirectedSize);
			readOnlyProperty(this, "selfLoopCount", () => this._directedSelfLoopCount + this._undirectedSelfLoopCount);
			readOnlyProperty(this, "directedSelfLoopCount", () => this._directedSelfLoopCount);
			readOnlyProperty(this, "undirectedSelfLoopCount", () => this._undirectedSelfLoopCount);
			readOnlyProperty(this, "multi", this._options.multi);
			readOnlyProperty(this, "type", this._options.type);
			readOnlyProperty(this, "allowSelfLoops", this._options.allowSelfLoops);
			readOnlyProperty(this, "implementation", () => "graphology");
		}
		_resetInstanceCounters() {
			this._directedSize = 0;
			this._undirectedSize = 0;
			this._directedSelfLoopCount = 0;
			this._undirectedSelfLoopCount = 0;
		}
		/**---------------------------------------------------------------------------
		* Read
		**---------------------------------------------------------------------------
		*/
		/**
		* Method returning whether the given node is found in the graph.
		*
		* @param  {any}     node - The node.
		* @return {boolean}
		*/
		hasNode(node) {
			return this._nodes.has("" + node);
		}
		/**
		* Method returning whether the given directed edge is found in the graph.
		*
		* Arity 1:
		* @param  {any}     edge - The edge's key.
		*
		* Arity 2:
		* @param  {any}     source - The edge's source.
		* @param  {any}     target - The edge's target.
		*
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the arguments are invalid.
		*/
		hasDirectedEdge(source, target) {
			if (this.type === "undirected") return false;
			if (arguments.length === 1) {
				const edge = "" + source;
				const edgeData = this._edges.get(edge);
				return !!edgeData && !edgeData.undirected;
			} else if (arguments.length === 2) {
				source = "" + source;
				target = "" + target;
				const nodeData = this._nodes.get(source);
				if (!nodeData) return false;
				return nodeData.out.hasOwnProperty(target);
			}
			throw new InvalidArgumentsGraphError(`Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`);
		}
		/**
		* Method returning whether the given undirected edge is found in the graph.
		*
		* Arity 1:
		* @param  {any}     edge - The edge's key.
		*
		* Arity 2:
		* @param  {any}     source - The edge's source.
		* @param  {any}     target - The edge's target.
		*
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the arguments are invalid.
		*/
		hasUndirectedEdge(source, target) {
			if (this.type === "directed") return false;
			if (arguments.length === 1) {
				const edge = "" + source;
				const edgeData = this._edges.get(edge);
				return !!edgeData && edgeData.undirected;
			} else if (arguments.length === 2) {
				source = "" + source;
				target = "" + target;
				const nodeData = this._nodes.get(source);
				if (!nodeData) return false;
				return nodeData.undirected.hasOwnProperty(target);
			}
			throw new InvalidArgumentsGraphError(`Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`);
		}
		/**
		* Method returning whether the given edge is found in the graph.
		*
		* Arity 1:
		* @param  {any}     edge - The edge's key.
		*
		* Arity 2:
		* @param  {any}     source - The edge's source.
		* @param  {any}     target - The edge's target.
		*
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the arguments are invalid.
		*/
		hasEdge(source, target) {
			if (arguments.length === 1) {
				const edge = "" + source;
				return this._edges.has(edge);
			} else if (arguments.length === 2) {
				source = "" + source;
				target = "" + target;
				const nodeData = this._nodes.get(source);
				if (!nodeData) return false;
				return typeof nodeData.out !== "undefined" && nodeData.out.hasOwnProperty(target) || typeof nodeData.undirected !== "undefined" && nodeData.undirected.hasOwnProperty(target);
			}
			throw new InvalidArgumentsGraphError(`Graph.hasEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`);
		}
		/**
		* Method returning the edge matching source & target in a directed fashion.
		*
		* @param  {any} source - The edge's source.
		* @param  {any} target - The edge's target.
		*
		* @return {any|undefined}
		*
		* @throws {Error} - Will throw if the graph is multi.
		* @throws {Error} - Will throw if source or target doesn't exist.
		*/
		directedEdge(source, target) {
			if (this.type === "undirected") return;
			source = "" + source;
			target = "" + target;
			if (this.multi) throw new UsageGraphError("Graph.directedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.directedEdges instead.");
			const sourceData = this._nodes.get(source);
			if (!sourceData) throw new NotFoundGraphError(`Graph.directedEdge: could not find the "${source}" source node in the graph.`);
			if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.directedEdge: could not find the "${target}" target node in the graph.`);
			const edgeData = sourceData.out && sourceData.out[target] || void 0;
			if (edgeData) return edgeData.key;
		}
		/**
		* Method returning the edge matching source & target in a undirected fashion.
		*
		* @param  {any} source - The edge's source.
		* @param  {any} target - The edge's target.
		*
		* @return {any|undefined}
		*
		* @throws {Error} - Will throw if the graph is multi.
		* @throws {Error} - Will throw if source or target doesn't exist.
		*/
		undirectedEdge(source, target) {
			if (this.type === "directed") return;
			source = "" + source;
			target = "" + target;
			if (this.multi) throw new UsageGraphError("Graph.undirectedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.undirectedEdges instead.");
			const sourceData = this._nodes.get(source);
			if (!sourceData) throw new NotFoundGraphError(`Graph.undirectedEdge: could not find the "${source}" source node in the graph.`);
			if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.undirectedEdge: could not find the "${target}" target node in the graph.`);
			const edgeData = sourceData.undirected && sourceData.undirected[target] || void 0;
			if (edgeData) return edgeData.key;
		}
		/**
		* Method returning the edge matching source & target in a mixed fashion.
		*
		* @param  {any} source - The edge's source.
		* @param  {any} target - The edge's target.
		*
		* @return {any|undefined}
		*
		* @throws {Error} - Will throw if the graph is multi.
		* @throws {Error} - Will throw if source or target doesn't exist.
		*/
		edge(source, target) {
			if (this.multi) throw new UsageGraphError("Graph.edge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.edges instead.");
			source = "" + source;
			target = "" + target;
			const sourceData = this._nodes.get(source);
			if (!sourceData) throw new NotFoundGraphError(`Graph.edge: could not find the "${source}" source node in the graph.`);
			if (!this._nodes.has(target)) throw new NotFoundGraphError(`Graph.edge: could not find the "${target}" target node in the graph.`);
			const edgeData = sourceData.out && sourceData.out[target] || sourceData.undirected && sourceData.undirected[target] || void 0;
			if (edgeData) return edgeData.key;
		}
		/**
		* Method returning whether two nodes are directed neighbors.
		*
		* @param  {any}     node     - The node's key.
		* @param  {any}     neighbor - The neighbor's key.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		areDirectedNeighbors(node, neighbor) {
			node = "" + node;
			neighbor = "" + neighbor;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.areDirectedNeighbors: could not find the "${node}" node in the graph.`);
			if (this.type === "undirected") return false;
			return neighbor in nodeData.in || neighbor in nodeData.out;
		}
		/**
		* Method returning whether two nodes are out neighbors.
		*
		* @param  {any}     node     - The node's key.
		* @param  {any}     neighbor - The neighbor's key.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		areOutNeighbors(node, neighbor) {
			node = "" + node;
			neighbor = "" + neighbor;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.areOutNeighbors: could not find the "${node}" node in the graph.`);
			if (this.type === "undirected") return false;
			return neighbor in nodeData.out;
		}
		/**
		* Method returning whether two nodes are in neighbors.
		*
		* @param  {any}     node     - The node's key.
		* @param  {any}     neighbor - The neighbor's key.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		areInNeighbors(node, neighbor) {
			node = "" + node;
			neighbor = "" + neighbor;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.areInNeighbors: could not find the "${node}" node in the graph.`);
			if (this.type === "undirected") return false;
			return neighbor in nodeData.in;
		}
		/**
		* Method returning whether two nodes are undirected neighbors.
		*
		* @param  {any}     node     - The node's key.
		* @param  {any}     neighbor - The neighbor's key.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		areUndirectedNeighbors(node, neighbor) {
			node = "" + node;
			neighbor = "" + neighbor;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.areUndirectedNeighbors: could not find the "${node}" node in the graph.`);
			if (this.type === "directed") return false;
			return neighbor in nodeData.undirected;
		}
		/**
		* Method returning whether two nodes are neighbors.
		*
		* @param  {any}     node     - The node's key.
		* @param  {any}     neighbor - The neighbor's key.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		areNeighbors(node, neighbor) {
			node = "" + node;
			neighbor = "" + neighbor;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.areNeighbors: could not find the "${node}" node in the graph.`);
			if (this.type !== "undirected") {
				if (neighbor in nodeData.in || neighbor in nodeData.out) return true;
			}
			if (this.type !== "directed") {
				if (neighbor in nodeData.undirected) return true;
			}
			return false;
		}
		/**
		* Method returning whether two nodes are inbound neighbors.
		*
		* @param  {any}     node     - The node's key.
		* @param  {any}     neighbor - The neighbor's key.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		areInboundNeighbors(node, neighbor) {
			node = "" + node;
			neighbor = "" + neighbor;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.areInboundNeighbors: could not find the "${node}" node in the graph.`);
			if (this.type !== "undirected") {
				if (neighbor in nodeData.in) return true;
			}
			if (this.type !== "directed") {
				if (neighbor in nodeData.undirected) return true;
			}
			return false;
		}
		/**
		* Method returning whether two nodes are outbound neighbors.
		*
		* @param  {any}     node     - The node's key.
		* @param  {any}     neighbor - The neighbor's key.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		areOutboundNeighbors(node, neighbor) {
			node = "" + node;
			neighbor = "" + neighbor;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.areOutboundNeighbors: could not find the "${node}" node in the graph.`);
			if (this.type !== "undirected") {
				if (neighbor in nodeData.out) return true;
			}
			if (this.type !== "directed") {
				if (neighbor in nodeData.undirected) return true;
			}
			return false;
		}
		/**
		* Method returning the given node's in degree.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's in degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		inDegree(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.inDegree: could not find the "${node}" node in the graph.`);
			if (this.type === "undirected") return 0;
			return nodeData.inDegree;
		}
		/**
		* Method returning the given node's out degree.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's in degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		outDegree(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.outDegree: could not find the "${node}" node in the graph.`);
			if (this.type === "undirected") return 0;
			return nodeData.outDegree;
		}
		/**
		* Method returning the given node's directed degree.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's in degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		directedDegree(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.directedDegree: could not find the "${node}" node in the graph.`);
			if (this.type === "undirected") return 0;
			return nodeData.inDegree + nodeData.outDegree;
		}
		/**
		* Method returning the given node's undirected degree.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's in degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		undirectedDegree(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.undirectedDegree: could not find the "${node}" node in the graph.`);
			if (this.type === "directed") return 0;
			return nodeData.undirectedDegree;
		}
		/**
		* Method returning the given node's inbound degree.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's inbound degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		inboundDegree(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.inboundDegree: could not find the "${node}" node in the graph.`);
			let degree = 0;
			if (this.type !== "directed") degree += nodeData.undirectedDegree;
			if (this.type !== "undirected") degree += nodeData.inDegree;
			return degree;
		}
		/**
		* Method returning the given node's outbound degree.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's outbound degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		outboundDegree(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.outboundDegree: could not find the "${node}" node in the graph.`);
			let degree = 0;
			if (this.type !== "directed") degree += nodeData.undirectedDegree;
			if (this.type !== "undirected") degree += nodeData.outDegree;
			return degree;
		}
		/**
		* Method returning the given node's directed degree.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		degree(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.degree: could not find the "${node}" node in the graph.`);
			let degree = 0;
			if (this.type !== "directed") degree += nodeData.undirectedDegree;
			if (this.type !== "undirected") degree += nodeData.inDegree + nodeData.outDegree;
			return degree;
		}
		/**
		* Method returning the given node's in degree without considering self loops.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's in degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		inDegreeWithoutSelfLoops(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.inDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
			if (this.type === "undirected") return 0;
			return nodeData.inDegree - nodeData.directedLoops;
		}
		/**
		* Method returning the given node's out degree without considering self loops.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's in degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		outDegreeWithoutSelfLoops(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.outDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
			if (this.type === "undirected") return 0;
			return nodeData.outDegree - nodeData.directedLoops;
		}
		/**
		* Method returning the given node's directed degree without considering self loops.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's in degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		directedDegreeWithoutSelfLoops(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.directedDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
			if (this.type === "undirected") return 0;
			return nodeData.inDegree + nodeData.outDegree - nodeData.directedLoops * 2;
		}
		/**
		* Method returning the given node's undirected degree without considering self loops.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's in degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		undirectedDegreeWithoutSelfLoops(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.undirectedDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
			if (this.type === "directed") return 0;
			return nodeData.undirectedDegree - nodeData.undirectedLoops * 2;
		}
		/**
		* Method returning the given node's inbound degree without considering self loops.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's inbound degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		inboundDegreeWithoutSelfLoops(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.inboundDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
			let degree = 0;
			let loops = 0;
			if (this.type !== "directed") {
				degree += nodeData.undirectedDegree;
				loops += nodeData.undirectedLoops * 2;
			}
			if (this.type !== "undirected") {
				degree += nodeData.inDegree;
				loops += nodeData.directedLoops;
			}
			return degree - loops;
		}
		/**
		* Method returning the given node's outbound degree without considering self loops.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's outbound degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		outboundDegreeWithoutSelfLoops(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.outboundDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
			let degree = 0;
			let loops = 0;
			if (this.type !== "directed") {
				degree += nodeData.undirectedDegree;
				loops += nodeData.undirectedLoops * 2;
			}
			if (this.type !== "undirected") {
				degree += nodeData.outDegree;
				loops += nodeData.directedLoops;
			}
			return degree - loops;
		}
		/**
		* Method returning the given node's directed degree without considering self loops.
		*
		* @param  {any}     node - The node's key.
		* @return {number}       - The node's degree.
		*
		* @throws {Error} - Will throw if the node isn't in the graph.
		*/
		degreeWithoutSelfLoops(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.degreeWithoutSelfLoops: could not find the "${node}" node in the graph.`);
			let degree = 0;
			let loops = 0;
			if (this.type !== "directed") {
				degree += nodeData.undirectedDegree;
				loops += nodeData.undirectedLoops * 2;
			}
			if (this.type !== "undirected") {
				degree += nodeData.inDegree + nodeData.outDegree;
				loops += nodeData.directedLoops * 2;
			}
			return degree - loops;
		}
		/**
		* Method returning the given edge's source.
		*
		* @param  {any} edge - The edge's key.
		* @return {any}      - The edge's source.
		*
		* @throws {Error} - Will throw if the edge isn't in the graph.
		*/
		source(edge) {
			edge = "" + edge;
			const data = this._edges.get(edge);
			if (!data) throw new NotFoundGraphError(`Graph.source: could not find the "${edge}" edge in the graph.`);
			return data.source.key;
		}
		/**
		* Method returning the given edge's target.
		*
		* @param  {any} edge - The edge's key.
		* @return {any}      - The edge's target.
		*
		* @throws {Error} - Will throw if the edge isn't in the graph.
		*/
		target(edge) {
			edge = "" + edge;
			const data = this._edges.get(edge);
			if (!data) throw new NotFoundGraphError(`Graph.target: could not find the "${edge}" edge in the graph.`);
			return data.target.key;
		}
		/**
		* Method returning the given edge's extremities.
		*
		* @param  {any}   edge - The edge's key.
		* @return {array}      - The edge's extremities.
		*
		* @throws {Error} - Will throw if the edge isn't in the graph.
		*/
		extremities(edge) {
			edge = "" + edge;
			const edgeData = this._edges.get(edge);
			if (!edgeData) throw new NotFoundGraphError(`Graph.extremities: could not find the "${edge}" edge in the graph.`);
			return [edgeData.source.key, edgeData.target.key];
		}
		/**
		* Given a node & an edge, returns the other extremity of the edge.
		*
		* @param  {any}   node - The node's key.
		* @param  {any}   edge - The edge's key.
		* @return {any}        - The related node.
		*
		* @throws {Error} - Will throw if the edge isn't in the graph or if the
		*                   edge & node are not related.
		*/
		opposite(node, edge) {
			node = "" + node;
			edge = "" + edge;
			const data = this._edges.get(edge);
			if (!data) throw new NotFoundGraphError(`Graph.opposite: could not find the "${edge}" edge in the graph.`);
			const source = data.source.key;
			const target = data.target.key;
			if (node === source) return target;
			if (node === target) return source;
			throw new NotFoundGraphError(`Graph.opposite: the "${node}" node is not attached to the "${edge}" edge (${source}, ${target}).`);
		}
		/**
		* Returns whether the given edge has the given node as extremity.
		*
		* @param  {any}     edge - The edge's key.
		* @param  {any}     node - The node's key.
		* @return {boolean}      - The related node.
		*
		* @throws {Error} - Will throw if either the node or the edge isn't in the graph.
		*/
		hasExtremity(edge, node) {
			edge = "" + edge;
			node = "" + node;
			const data = this._edges.get(edge);
			if (!data) throw new NotFoundGraphError(`Graph.hasExtremity: could not find the "${edge}" edge in the graph.`);
			return data.source.key === node || data.target.key === node;
		}
		/**
		* Method returning whether the given edge is undirected.
		*
		* @param  {any}     edge - The edge's key.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the edge isn't in the graph.
		*/
		isUndirected(edge) {
			edge = "" + edge;
			const data = this._edges.get(edge);
			if (!data) throw new NotFoundGraphError(`Graph.isUndirected: could not find the "${edge}" edge in the graph.`);
			return data.undirected;
		}
		/**
		* Method returning whether the given edge is directed.
		*
		* @param  {any}     edge - The edge's key.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the edge isn't in the graph.
		*/
		isDirected(edge) {
			edge = "" + edge;
			const data = this._edges.get(edge);
			if (!data) throw new NotFoundGraphError(`Graph.isDirected: could not find the "${edge}" edge in the graph.`);
			return !data.undirected;
		}
		/**
		* Method returning whether the given edge is a self loop.
		*
		* @param  {any}     edge - The edge's key.
		* @return {boolean}
		*
		* @throws {Error} - Will throw if the edge isn't in the graph.
		*/
		isSelfLoop(edge) {
			edge = "" + edge;
			const data = this._edges.get(edge);
			if (!data) throw new NotFoundGraphError(`Graph.isSelfLoop: could not find the "${edge}" edge in the graph.`);
			return data.source === data.target;
		}
		/**---------------------------------------------------------------------------
		* Mutation
		**---------------------------------------------------------------------------
		*/
		/**
		* Method used to add a node to the graph.
		*
		* @param  {any}    node         - The node.
		* @param  {object} [attributes] - Optional attributes.
		* @return {any}                 - The node.
		*
		* @throws {Error} - Will throw if the given node already exist.
		* @throws {Error} - Will throw if the given attributes are not an object.
		*/
		addNode(node, attributes) {
			return addNode(this, node, attributes).key;
		}
		/**
		* Method used to merge a node into the graph.
		*
		* @param  {any}    node         - The node.
		* @param  {object} [attributes] - Optional attributes.
		* @return {any}                 - The node.
		*/
		mergeNode(node, attributes) {
			if (attributes && !isPlainObject(attributes)) throw new InvalidArgumentsGraphError(`Graph.mergeNode: invalid attributes. Expecting an object but got "${attributes}"`);
			node = "" + node;
			attributes = attributes || {};
			let data = this._nodes.get(node);
			if (data) {
				if (attributes) {
					assign(data.attributes, attributes);
					this.emit("nodeAttributesUpdated", {
						type: "merge",
						key: node,
						attributes: data.attributes,
						data: attributes
					});
				}
				return [node, false];
			}
			data = new this.NodeDataClass(node, attributes);
			this._nodes.set(node, data);
			this.emit("nodeAdded", {
				key: node,
				attributes
			});
			return [node, true];
		}
		/**
		* Method used to add a node if it does not exist in the graph or else to
		* update its attributes using a function.
		*
		* @param  {any}      node      - The node.
		* @param  {function} [updater] - Optional updater function.
		* @return {any}                - The node.
		*/
		updateNode(node, updater) {
			if (updater && typeof updater !== "function") throw new InvalidArgumentsGraphError(`Graph.updateNode: invalid updater function. Expecting a function but got "${updater}"`);
			node = "" + node;
			let data = this._nodes.get(node);
			if (data) {
				if (updater) {
					const oldAttributes = data.attributes;
					data.attributes = updater(oldAttributes);
					this.emit("nodeAttributesUpdated", {
						type: "replace",
						key: node,
						attributes: data.attributes
					});
				}
				return [node, false];
			}
			const attributes = updater ? updater({}) : {};
			data = new this.NodeDataClass(node, attributes);
			this._nodes.set(node, data);
			this.emit("nodeAdded", {
				key: node,
				attributes
			});
			return [node, true];
		}
		/**
		* Method used to drop a single node & all its attached edges from the graph.
		*
		* @param  {any}    node - The node.
		* @return {Graph}
		*
		* @throws {Error} - Will throw if the node doesn't exist.
		*/
		dropNode(node) {
			node = "" + node;
			const nodeData = this._nodes.get(node);
			if (!nodeData) throw new NotFoundGraphError(`Graph.dropNode: could not find the "${node}" node in the graph.`);
			let edgeData;
			if (this.type !== "undirected") {
				for (const neighbor in nodeData.out) {
					edgeData = nodeData.out[neighbor];
					do {
						dropEdgeFromData(this, edgeData);
						edgeData = edgeData.next;
					} while (edgeData);
				}
				for (const neighbor in nodeData.in) {
					edgeData = nodeData.in[neighbor];
					do {
						dropEdgeFromData(this, edgeData);
						edgeData = edgeData.next;
					} while (edgeData);
				}
			}
			if (this.type !== "directed") for (const neighbor in nodeData.undirected) {
				edgeData = nodeData.undirected[neighbor];
				do {
					dropEdgeFromData(this, edgeData);
					edgeData = edgeData.next;
				} while (edgeData);
			}
			this._nodes.delete(node);
			this.emit("nodeDropped", {
				key: node,
				attributes: nodeData.attributes
			});
		}
		/**
		* Method used to drop a single edge from the graph.
		*
		* Arity 1:
		* @param  {any}    edge - The edge.
		*
		* Arity 2:
		* @param  {any}    source - Source node.
		* @param  {any}    target - Target node.
		*
		* @return {Graph}
		*
		* @throws {Error} - Will throw if the edge doesn't exist.
		*/
		dropEdge(edge) {
			let edgeData;
			if (arguments.length > 1) {
				const source = "" + arguments[0];
				const target = "" + arguments[1];
				edgeData = getMatchingEdge(this, source, target, this.type);
				if (!edgeData) throw new NotFoundGraphError(`Graph.dropEdge: could not find the "${source}" -> "${target}" edge in the graph.`);
			} else {
				edge = "" + edge;
				edgeData = this._edges.get(edge);
				if (!edgeData) throw new NotFoundGraphError(`Graph.dropEdge: could not find the "${edge}" edge in the graph.`);
			}
			dropEdgeFromData(this, edgeData);
			return this;
		}
		/**
		* Method used to drop a single directed edge from the graph.
		*
		* @param  {any}    source - Source node.
		* @param  {any}    target - Target node.
		*
		* @return {Graph}
		*
		* @throws {Error} - Will throw if the edge doesn't exist.
		*/
		dropDirectedEdge(source, target) {
			if (arguments.length < 2) throw new UsageGraphError("Graph.dropDirectedEdge: it does not make sense to try and drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead.");
			if (this.multi) throw new UsageGraphError("Graph.dropDirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones.");
			source = "" + source;
			target = "" + target;
			const edgeData = getMatchingEdge(this, source, target, "directed");
			if (!edgeData) throw new NotFoundGraphError(`Graph.dropDirectedEdge: could not find a "${source}" -> "${target}" edge in the graph.`);
			dropEdgeFromData(this, edgeData);
			return this;
		}
		/**
		* Method used to drop a single undirected edge from the graph.
		*
		* @param  {any}    source - Source node.
		* @param  {any}    target - Target node.
		*
		* @return {Graph}
		*
		* @throws {Error} - Will throw if the edge doesn't exist.
		*/
		dropUndirectedEdge(source, target) {
			if (arguments.length < 2) throw new UsageGraphError("Graph.dropUndirectedEdge: it does not make sense to drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead.");
			if (this.multi) throw new UsageGraphError("Graph.dropUndirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones.");
			const edgeData = getMatchingEdge(this, source, target, "undirected");
			if (!edgeData) throw new NotFoundGraphError(`Graph.dropUndirectedEdge: could not find a "${source}" -> "${target}" edge in the graph.`);
			dropEdgeFromData(this, edgeData);
			return this;
		}
		/**
		* Method used to remove every edge & every node from the graph.
		*
		* @return {Graph}
		*/
		clear() {
			this._edges.clear();
			this._nodes.clear();
			this._resetInstanceCounters();
			this.emit("cleared");
		}
		/**
		* Method used to remove every edge from the graph.
		*
		* @return {Graph}
		*/
		clearEdges() {
			const iterator = this._nodes.values();
			let step;
			while (step = iterator.next(), step.done !== true) step.value.clear();
			this._edges.clear();
			this._resetInstanceCounters();
			this.emit("edgesCleared");
		}
		/**---------------------------------------------------------------------------
		* Attributes-related methods
		**---------------------------------------------------------------------------
		*/
		/**
		* Method returning the desired graph's attribute.
		*
		* @param  {string} name - Name of the attribute.
		* @return {any}
		*/
		getAttribute(name) {
			return this._attributes[name];
		}
		/**
		* Method returning the graph's attributes.
		*
		* @return {object}
		*/
		getAttributes() {
			return this._attributes;
		}
		/**
		* Method returning whether the graph has the desired attribute.
		*
		* @param  {string}  name - Name of the attribute.
		* @return {boolean}
		*/
		hasAttribute(name) {
			return this._attributes.hasOwnProperty(name);
		}
		/**
		* Method setting a value for the desired graph's attribute.
		*
		* @param  {string}  name  - Name of the attribute.
		* @param  {any}     value - Value for the attribute.
		* @return {Graph}
		*/
		setAttribute(name, value) {
			this._attributes[name] = value;
			this.emit("attributesUpdated", {
				type: "set",
				attributes: this._attributes,
				name
			});
			return this;
		}
		/**
		* Method using a function to update the desired graph's attribute's value.
		*
		* @param  {string}   name    - Name of the attribute.
		* @param  {function} updater - Function use to update the attribute's value.
		* @return {Graph}
		*/
		updateAttribute(name, updater) {
			if (typeof updater !== "function") throw new InvalidArgumentsGraphError("Graph.updateAttribute: updater should be a function.");
			const value = this._attributes[name];
			this._attributes[name] = updater(value);
			this.emit("attributesUpdated", {
				type: "set",
				attributes: this._attributes,
				name
			});
			return this;
		}
		/**
		* Method removing the desired graph's attribute.
		*
		* @param  {string} name  - Name of the attribute.
		* @return {Graph}
		*/
		removeAttribute(name) {
			delete this._attributes[name];
			this.emit("attributesUpdated", {
				type: "remove",
				attributes: this._attributes,
				name
			});
			return this;
		}
		/**
		* Method replacing the graph's attributes.
		*
		* @param  {object} attributes - New attributes.
		* @return {Graph}
		*
		* @throws {Error} - Will throw if given attributes are not a plain object.
		*/
		replaceAttributes(attributes) {
			if (!isPlainObject(attributes)) throw new InvalidArgumentsGraphError("Graph.replaceAttributes: provided attributes are not a plain object.");
			this._attributes = attributes;
			this.emit("attributesUpdated", {
				type: "replace",
				attributes: this._attributes
			});
			return this;
		}
		/**
		* Method merging the graph's attributes.
		*
		* @param  {object} attributes - Attributes to merge.
		* @return {Graph}
		*
		* @throws {Error} - Will throw if given attributes are not a plain object.
		*/
		mergeAttributes(attributes) {
			if (!isPlainObject(attributes)) throw new InvalidArgumentsGraphError("Graph.mergeAttributes: provided attributes are not a plain object.");
			assign(this._attributes, attributes);
			this.emit("attributesUpdated", {
				type: "merge",
				attributes: this._attributes,
				data: attributes
			});
			return this;
		}
		/**
		* Method updating the graph's attributes.
		*
		* @param  {function} updater - Function used to update the attributes.
		* @return {Graph}
		*
		* @throws {Error} - Will throw if given updater is not a function.
		*/
		updateAttributes(updater) {
			if (typeof updater !== "function") throw new InvalidArgumentsGraphError("Graph.updateAttributes: provided updater is not a function.");
			this._attributes = updater(this._attributes);
			this.emit("attributesUpdated", {
				type: "update",
				attributes: this._attributes
			});
			return this;
		}
		/**
		* Method used to update each node's attributes using the given function.
		*
		* @param {function}  updater - Updater function to use.
		* @param {object}    [hints] - Optional hints.
		*/
		updateEachNodeAttributes(updater, hints) {
			if (typeof updater !== "function") throw new InvalidArgumentsGraphError("Graph.updateEachNodeAttributes: expecting an updater function.");
			if (hints && !validateHints(hints)) throw new InvalidArgumentsGraphError("Graph.updateEachNodeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}");
			const iterator = this._nodes.values();
			let step, nodeData;
			while (step = iterator.next(), step.done !== true) {
				nodeData = step.value;
				nodeData.attributes = updater(nodeData.key, nodeData.attributes);
			}
			this.emit("eachNodeAttributesUpdated", { hints: hints ? hints : null });
		}
		/**
		* Method used to update each edge's attributes using the given function.
		*
		* @param {function}  updater - Updater function to use.
		* @param {object}    [hints] - Optional hints.
		*/
		updateEachEdgeAttributes(updater, hints) {
			if (typeof updater !== "function") throw new InvalidArgumentsGraphError("Graph.updateEachEdgeAttributes: expecting an updater function.");
			if (hints && !validateHints(hints)) throw new InvalidArgumentsGraphError("Graph.updateEachEdgeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}");
			const iterator = this._edges.values();
			let step, edgeData, sourceData, targetData;
			while (step = iterator.next(), step.done !== true) {
				edgeData = step.value;
				sourceData = edgeData.source;
				targetData = edgeData.target;
				edgeData.attributes = updater(edgeData.key, edgeData.attributes, sourceData.key, targetData.key, sourceData.attributes, targetData.attributes, edgeData.undirected);
			}
			this.emit("eachEdgeAttributesUpdated", { hints: hints ? hints : null });
		}
		/**---------------------------------------------------------------------------
		* Iteration-related methods
		**---------------------------------------------------------------------------
		*/
		/**
		* Method iterating over the graph's adjacency using the given callback.
		*
		* @param  {function}  callback - Callback to use.
		*/
		forEachAdjacencyEntry(callback) {
			if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.forEachAdjacencyEntry: expecting a callback.");
			forEachAdjacency(false, false, false, this, callback);
		}
		forEachAdjacencyEntryWithOrphans(callback) {
			if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.forEachAdjacencyEntryWithOrphans: expecting a callback.");
			forEachAdjacency(false, false, true, this, callback);
		}
		/**
		* Method iterating over the graph's assymetric adjacency using the given callback.
		*
		* @param  {function}  callback - Callback to use.
		*/
		forEachAssymetricAdjacencyEntry(callback) {
			if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.forEachAssymetricAdjacencyEntry: expecting a callback.");
			forEachAdjacency(false, true, false, this, callback);
		}
		forEachAssymetricAdjacencyEntryWithOrphans(callback) {
			if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.forEachAssymetricAdjacencyEntryWithOrphans: expecting a callback.");
			forEachAdjacency(false, true, true, this, callback);
		}
		/**
		* Method returning the list of the graph's nodes.
		*
		* @return {array} - The nodes.
		*/
		nodes() {
			return Array.from(this._nodes.keys());
		}
		/**
		* Method iterating over the graph's nodes using the given callback.
		*
		* @param  {function}  callback - Callback (key, attributes, index).
		*/
		forEachNode(callback) {
			if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.forEachNode: expecting a callback.");
			const iterator = this._nodes.values();
			let step, nodeData;
			while (step = iterator.next(), step.done !== true) {
				nodeData = step.value;
				callback(nodeData.key, nodeData.attributes);
			}
		}
		/**
		* Method iterating attempting to find a node matching the given predicate
		* function.
		*
		* @param  {function}  callback - Callback (key, attributes).
		*/
		findNode(callback) {
			if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.findNode: expecting a callback.");
			const iterator = this._nodes.values();
			let step, nodeData;
			while (step = iterator.next(), step.done !== true) {
				nodeData = step.value;
				if (callback(nodeData.key, nodeData.attributes)) return nodeData.key;
			}
		}
		/**
		* Method mapping nodes.
		*
		* @param  {function}  callback - Callback (key, attributes).
		*/
		mapNodes(callback) {
			if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.mapNode: expecting a callback.");
			const iterator = this._nodes.values();
			let step, nodeData;
			const result = new Array(this.order);
			let i = 0;
			while (step = iterator.next(), step.done !== true) {
				nodeData = step.value;
				result[i++] = callback(nodeData.key, nodeData.attributes);
			}
			return result;
		}
		/**
		* Method returning whether some node verify the given predicate.
		*
		* @param  {function}  callback - Callback (key, attributes).
		*/
		someNode(callback) {
			if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.someNode: expecting a callback.");
			const iterator = this._nodes.values();
			let step, nodeData;
			while (step = iterator.next(), step.done !== true) {
				nodeData = step.value;
				if (callback(nodeData.key, nodeData.attributes)) return true;
			}
			return false;
		}
		/**
		* Method returning whether all node verify the given predicate.
		*
		* @param  {function}  callback - Callback (key, attributes).
		*/
		everyNode(callback) {
			if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.everyNode: expecting a callback.");
			const iterator = this._nodes.values();
			let step, nodeData;
			while (step = iterator.next(), step.done !== true) {
				nodeData = step.value;
				if (!callback(nodeData.key, nodeData.attributes)) return false;
			}
			return true;
		}
		/**
		* Method filtering nodes.
		*
		* @param  {function}  callback - Callback (key, attributes).
		*/
		filterNodes(callback) {
			if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.filterNodes: expecting a callback.");
			const iterator = this._nodes.values();
			let step, nodeData;
			const result = [];
			while (step = iterator.next(), step.done !== true) {
				nodeData = step.value;
				if (callback(nodeData.key, nodeData.attributes)) result.push(nodeData.key);
			}
			return result;
		}
		/**
		* Method reducing nodes.
		*
		* @param  {function}  callback - Callback (accumulator, key, attributes).
		*/
		reduceNodes(callback, initialValue) {
			if (typeof callback !== "function") throw new InvalidArgumentsGraphError("Graph.reduceNodes: expecting a callback.");
			if (arguments.length < 2) throw new InvalidArgumentsGraphError("Graph.reduceNodes: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.");
			let accumulator = initialValue;
			const iterator = this._nodes.values();
			let step, nodeData;
			while (step = iterator.next(), step.done !== true) {
				nodeData = step.value;
				accumulator = callback(accumulator, nodeData.key, nodeData.attributes);
			}
			return accumulator;
		}
		/**
		* Method returning an iterator over the graph's node entries.
		*
		* @return {Iterator}
		*/
		nodeEntries() {
			const iterator = this._nodes.values();
			return {
				[Symbol.iterator]() {
					return this;
				},
				next() {
					const step = iterator.next();
					if (step.done) return step;
					const data = step.value;
					return {
						value: {
							node: data.key,
							attributes: data.attributes
						},
						done: false
					};
				}
			};
		}
		/**---------------------------------------------------------------------------
		* Serialization
		**---------------------------------------------------------------------------
		*/
		/**
		* Method used to export the whole graph.
		*
		* @return {object} - The serialized graph.
		*/
		export() {
			const nodes = new Array(this._nodes.size);
			let i = 0;
			this._nodes.forEach((data, key) => {
				nodes[i++] = serializeNode(key, data);
			});
			const edges = new Array(this._edges.size);
			i = 0;
			this._edges.forEach((data, key) => {
				edges[i++] = serializeEdge(this.type, key, data);
			});
			return {
				options: {
					type: this.type,
					multi: this.multi,
					allowSelfLoops: this.allowSelfLoops
				},
				attributes: this.getAttributes(),
				nodes,
				edges
			};
		}
		/**
		* Method used to import a serialized graph.
		*
		* @param  {object|Graph} data  - The serialized graph.
		* @param  {boolean}      merge - Whether to merge data.
		* @return {Graph}              - Returns itself for chaining.
		*/
		import(data, merge = false) {
			if (data instanceof Graph) {
				data.forEachNode((n, a) => {
					if (merge) this.mergeNode(n, a);
					else this.addNode(n, a);
				});
				data.forEachEdge((e, a, s, t, _sa, _ta, u) => {
					if (merge) {
						if (u) this.mergeUndirectedEdgeWithKey(e, s, t, a);
						else this.mergeDirectedEdgeWithKey(e, s, t, a);
					} else if (u) this.addUndirectedEdgeWithKey(e, s, t, a);
					else this.addDirectedEdgeWithKey(e, s, t, a);
				});
				return this;
			}
			if (!isPlainObject(data)) throw new InvalidArgumentsGraphError("Graph.import: invalid argument. Expecting a serialized graph or, alternatively, a Graph instance.");
			if (data.attributes) {
				if (!isPlainObject(data.attributes)) throw new InvalidArgumentsGraphError("Graph.import: invalid attributes. Expecting a plain object.");
				if (merge) this.mergeAttributes(data.attributes);
				else this.replaceAttributes(data.attributes);
			}
			let i, l, list, node, edge;
			if (data.nodes) {
				list = data.nodes;
				if (!Array.isArray(list)) throw new InvalidArgumentsGraphError("Graph.import: invalid nodes. Expecting an array.");
				for (i = 0, l = list.length; i < l; i++) {
					node = list[i];
					validateSerializedNode(node);
					const { key, attributes } = node;
					if (merge) this.mergeNode(key, attributes);
					else this.addNode(key, attributes);
				}
			}
			if (data.edges) {
				let undirectedByDefault = false;
				if (this.type === "undirected") undirectedByDefault = true;
				list = data.edges;
				if (!Array.isArray(list)) throw new InvalidArgumentsGraphError("Graph.import: invalid edges. Expecting an array.");
				for (i = 0, l = list.length; i < l; i++) {
					edge = list[i];
					validateSerializedEdge(edge);
					const { source, target, attributes, undirected = undirectedByDefault } = edge;
					let method;
					if ("key" in edge) {
						method = merge ? undirected ? this.mergeUndirectedEdgeWithKey : this.mergeDirectedEdgeWithKey : undirected ? this.addUndirectedEdgeWithKey : this.addDirectedEdgeWithKey;
						method.call(this, edge.key, source, target, attributes);
					} else {
						method = merge ? undirected ? this.mergeUndirectedEdge : this.mergeDirectedEdge : undirected ? this.addUndirectedEdge : this.addDirectedEdge;
						method.call(this, source, target, attributes);
					}
				}
			}
			return this;
		}
		/**---------------------------------------------------------------------------
		* Utils
		**---------------------------------------------------------------------------
		*/
		/**
		* Method returning a null copy of the graph, i.e. a graph without nodes
		* & edges but with the exact same options.
		*
		* @param  {object} options - Options to merge with the current ones.
		* @return {Graph}          - The null copy.
		*/
		nullCopy(options) {
			const graph = new Graph(assign({}, this._options, options));
			graph.replaceAttributes(assign({}, this.getAttributes()));
			return graph;
		}
		/**
		* Method returning an empty copy of the graph, i.e. a graph without edges but
		* with the exact same options.
		*
		* @param  {object} options - Options to merge with the current ones.
		* @return {Graph}          - The empty copy.
		*/
		emptyCopy(options) {
			const graph = this.nullCopy(options);
			this._nodes.forEach((nodeData, key) => {
				const attributes = assign({}, nodeData.attributes);
				nodeData = new graph.NodeDataClass(key, attributes);
				graph._nodes.set(key, nodeData);
			});
			return graph;
		}
		/**
		* Method returning an exact copy of the graph.
		*
		* @param  {object} options - Upgrade options.
		* @return {Graph}          - The copy.
		*/
		copy(options) {
			options = options || {};
			if (typeof options.type === "string" && options.type !== this.type && options.type !== "mixed") throw new UsageGraphError(`Graph.copy: cannot create an incompatible copy from "${this.type}" type to "${options.type}" because this would mean losing information about the current graph.`);
			if (typeof options.multi === "boolean" && options.multi !== this.multi && options.multi !== true) throw new UsageGraphError("Graph.copy: cannot create an incompatible copy by downgrading a multi graph to a simple one because this would mean losing information about the current graph.");
			if (typeof options.allowSelfLoops === "boolean" && options.allowSelfLoops !== this.allowSelfLoops && options.allowSelfLoops !== true) throw new UsageGraphError("Graph.copy: cannot create an incompatible copy from a graph allowing self loops to one that does not because this would mean losing information about the current graph.");
			const graph = this.emptyCopy(options);
			const iterator = this._edges.values();
			let step, edgeData;
			while (step = iterator.next(), step.done !== true) {
				edgeData = step.value;
				addEdge(graph, "copy", false, edgeData.undirected, edgeData.key, edgeData.source.key, edgeData.target.key, assign({}, edgeData.attributes));
			}
			return graph;
		}
		/**---------------------------------------------------------------------------
		* Known methods
		**---------------------------------------------------------------------------
		*/
		/**
		* Method used by JavaScript to perform JSON serialization.
		*
		* @return {object} - The serialized graph.
		*/
		toJSON() {
			return this.export();
		}
		/**
		* Method returning [object Graph].
		*/
		toString() {
			return "[object Graph]";
		}
		/**
		* Method used internally by node's console to display a custom object.
		*
		* @return {object} - Formatted object representation of the graph.
		*/
		inspect() {
			const nodes = {};
			this._nodes.forEach((data, key) => {
				nodes[key] = data.attributes;
			});
			const edges = {}, multiIndex = {};
			this._edges.forEach((data, key) => {
				const direction = data.undirected ? "--" : "->";
				let label = "";
				let source = data.source.key;
				let target = data.target.key;
				let tmp;
				if (data.undirected && source > target) {
					tmp = source;
					source = target;
					target = tmp;
				}
				const desc = `(${source})${direction}(${target})`;
				if (!key.startsWith("geid_")) label += `[${key}]: `;
				else if (this.multi) {
					if (typeof multiIndex[desc] === "undefined") multiIndex[desc] = 0;
					else multiIndex[desc]++;
					label += `${multiIndex[desc]}. `;
				}
				label += desc;
				edges[label] = data.attributes;
			});
			const dummy = {};
			for (const k in this) if (this.hasOwnProperty(k) && !EMITTER_PROPS.has(k) && typeof this[k] !== "function" && typeof k !== "symbol") dummy[k] = this[k];
			dummy.attributes = this._attributes;
			dummy.nodes = nodes;
			dummy.edges = edges;
			privateProperty(dummy, "constructor", this.constructor);
			return dummy;
		}
	};
	/**
	* Attaching methods to the prototype.
	*
	* Here, we are attaching a wide variety of methods to the Graph class'
	* prototype when those are very numerous and when their creation is
	* abstracted.
	*/
	/**
	* Attaching custom inspect method for node >= 10.
	*/
	if (typeof Symbol !== "undefined") Graph.prototype[Symbol.for("nodejs.util.inspect.custom")] = Graph.prototype.inspect;
	/**
	* Related to edge addition.
	*/
	EDGE_ADD_METHODS.forEach((method) => {
		[
			"add",
			"merge",
			"update"
		].forEach((verb) => {
			const name = method.name(verb);
			const fn = verb === "add" ? addEdge : mergeEdge;
			if (method.generateKey) Graph.prototype[name] = function(source, target, attributes) {
				return fn(this, name, true, (method.type || this.type) === "undirected", null, source, target, attributes, verb === "update");
			};
			else Graph.prototype[name] = function(edge, source, target, attributes) {
				return fn(this, name, false, (method.type || this.type) === "undirected", edge, source, target, attributes, verb === "update");
			};
		});
	});
	/**
	* Attributes-related.
	*/
	attachNodeAttributesMethods(Graph);
	attachEdgeAttributesMethods(Graph);
	/**
	* Edge iteration-related.
	*/
	attachEdgeIterationMethods(Graph);
	/**
	* Neighbor iteration-related.
	*/
	attachNeighborIterationMethods(Graph);
	/**
	* Graphology Helper Classes
	* ==========================
	*
	* Building some higher-order classes instantiating the graph with
	* predefinite options.
	*/
	/**
	* Alternative constructors.
	*/
	var DirectedGraph = class extends Graph {
		constructor(options) {
			const finalOptions = assign({ type: "directed" }, options);
			if ("multi" in finalOptions && finalOptions.multi !== false) throw new InvalidArgumentsGraphError("DirectedGraph.from: inconsistent indication that the graph should be multi in given options!");
			if (finalOptions.type !== "directed") throw new InvalidArgumentsGraphError("DirectedGraph.from: inconsistent \"" + finalOptions.type + "\" type in given options!");
			super(finalOptions);
		}
	};
	var UndirectedGraph = class extends Graph {
		constructor(options) {
			const finalOptions = assign({ type: "undirected" }, options);
			if ("multi" in finalOptions && finalOptions.multi !== false) throw new InvalidArgumentsGraphError("UndirectedGraph.from: inconsistent indication that the graph should be multi in given options!");
			if (finalOptions.type !== "undirected") throw new InvalidArgumentsGraphError("UndirectedGraph.from: inconsistent \"" + finalOptions.type + "\" type in given options!");
			super(finalOptions);
		}
	};
	var MultiGraph = class extends Graph {
		constructor(options) {
			const finalOptions = assign({ multi: true }, options);
			if ("multi" in finalOptions && finalOptions.multi !== true) throw new InvalidArgumentsGraphError("MultiGraph.from: inconsistent indication that the graph should be simple in given options!");
			super(finalOptions);
		}
	};
	var MultiDirectedGraph = class extends Graph {
		constructor(options) {
			const finalOptions = assign({
				type: "directed",
				multi: true
			}, options);
			if ("multi" in finalOptions && finalOptions.multi !== true) throw new InvalidArgumentsGraphError("MultiDirectedGraph.from: inconsistent indication that the graph should be simple in given options!");
			if (finalOptions.type !== "directed") throw new InvalidArgumentsGraphError("MultiDirectedGraph.from: inconsistent \"" + finalOptions.type + "\" type in given options!");
			super(finalOptions);
		}
	};
	var MultiUndirectedGraph = class extends Graph {
		constructor(options) {
			const finalOptions = assign({
				type: "undirected",
				multi: true
			}, options);
			if ("multi" in finalOptions && finalOptions.multi !== true) throw new InvalidArgumentsGraphError("MultiUndirectedGraph.from: inconsistent indication that the graph should be simple in given options!");
			if (finalOptions.type !== "undirected") throw new InvalidArgumentsGraphError("MultiUndirectedGraph.from: inconsistent \"" + finalOptions.type + "\" type in given options!");
			super(finalOptions);
		}
	};
	/**
	* Attaching static #.from method to each of the constructors.
	*/
	function attachStaticFromMethod(Class) {
		/**
		* Builds a graph from serialized data or another graph's data.
		*
		* @param  {Graph|SerializedGraph} data      - Hydratation data.
		* @param  {object}                [options] - Options.
		* @return {Class}
		*/
		Class.from = function(data, options) {
			const instance = new Class(assign({}, data.options, options));
			instance.import(data);
			return instance;
		};
	}
	attachStaticFromMethod(Graph);
	attachStaticFromMethod(DirectedGraph);
	attachStaticFromMethod(UndirectedGraph);
	attachStaticFromMethod(MultiGraph);
	attachStaticFromMethod(MultiDirectedGraph);
	attachStaticFromMethod(MultiUndirectedGraph);
	Graph.Graph = Graph;
	Graph.DirectedGraph = DirectedGraph;
	Graph.UndirectedGraph = UndirectedGraph;
	Graph.MultiGraph = MultiGraph;
	Graph.MultiDirectedGraph = MultiDirectedGraph;
	Graph.MultiUndirectedGraph = MultiUndirectedGraph;
	Graph.InvalidArgumentsGraphError = InvalidArgumentsGraphError;
	Graph.NotFoundGraphError = NotFoundGraphError;
	Graph.UsageGraphError = UsageGraphError;
	// src/i18n/messages.ts
	const MESSAGES = {
		title: {
			en: "Alignmap",
			ja: "Alignmap"
		},
		search: {
			en: "Search actors",
			ja: "アクター検索"
		},
		searchPlaceholder: {
			en: "Name, 名前 or alias",
			ja: "名前・英語名・別名"
		},
		noResults: {
			en: "No actor matches",
			ja: "該当するアクターはありません"
		},
		relationTypes: {
			en: "Relation types",
			ja: "関係の種類"
		},
		kinds: {
			en: "Actor kinds",
			ja: "アクターの種類"
		},
		statuses: {
			en: "Status",
			ja: "状態"
		},
		certainties: {
			en: "Certainty",
			ja: "確度"
		},
		only: {
			en: "only",
			ja: "のみ"
		},
		all: {
			en: "all",
			ja: "すべて"
		},
		none: {
			en: "none",
			ja: "なし"
		},
		language: {
			en: "Labels",
			ja: "ラベル"
		},
		sizeBy: {
			en: "Size by",
			ja: "サイズ"
		},
		edgeColors: {
			en: "Edge colours",
			ja: "辺の色"
		},
		byRelation: {
			en: "by relation type",
			ja: "関係の種類別"
		},
		bySign: {
			en: "friendly / neutral / hostile",
			ja: "友好・中立・敵対"
		},
		layoutRun: {
			en: "Run layout",
			ja: "レイアウト実行"
		},
		layoutStop: {
			en: "Stop layout",
			ja: "レイアウト停止"
		},
		layoutReset: {
			en: "Reset (un-pin)",
			ja: "リセット（固定解除）"
		},
		fitView: {
			en: "Fit",
			ja: "全体表示"
		},
		fitViewTitle: {
			en: "Frame all visible actors, with room for their labels",
			ja: "表示中のアクターすべてをラベルごと画面に収める"
		},
		graphView: {
			en: "Graph",
			ja: "グラフ"
		},
		tableView: {
			en: "Table",
			ja: "表"
		},
		view: {
			en: "View",
			ja: "表示"
		},
		relationsTitle: {
			en: "Relations",
			ja: "関係"
		},
		layoutRunning: {
			en: "layout running",
			ja: "レイアウト計算中"
		},
		layoutStopped: {
			en: "layout stopped",
			ja: "レイアウト停止"
		},
		details: {
			en: "Details",
			ja: "詳細"
		},
		nothingSelected: {
			en: "Click an actor or a relation, or search, to see its details and evidence.",
			ja: "アクターや関係をクリック、または検索すると詳細と根拠が表示されます。"
		},
		kind: {
			en: "Kind",
			ja: "種類"
		},
		role: {
			en: "Role",
			ja: "役割"
		},
		memberships: {
			en: "Member of",
			ja: "加盟・所属"
		},
		hiddenByFilters: {
			en: "Hidden by the current filters",
			ja: "現在のフィルターで非表示"
		},
		evidence: {
			en: "Evidence",
			ja: "根拠"
		},
		noEvidence: {
			en: "No evidence recorded",
			ja: "根拠の記録なし"
		},
		englishRendering: {
			en: "English rendering",
			ja: "英語訳"
		},
		participants: {
			en: "Participants",
			ja: "参加者"
		},
		from: {
			en: "From",
			ja: "起点"
		},
		to: {
			en: "To",
			ja: "終点"
		},
		type: {
			en: "Type",
			ja: "種類"
		},
		status: {
			en: "Status",
			ja: "状態"
		},
		certainty: {
			en: "Certainty",
			ja: "確度"
		},
		dates: {
			en: "Dates",
			ja: "期間"
		},
		clear: {
			en: "Clear selection",
			ja: "選択解除"
		},
		warnings: {
			en: "Warnings",
			ja: "警告"
		},
		dismiss: {
			en: "Dismiss",
			ja: "閉じる"
		},
		loading: {
			en: "Loading graph…",
			ja: "グラフを読み込み中…"
		},
		dataError: {
			en: "The graph could not be loaded",
			ja: "グラフを読み込めませんでした"
		},
		display: {
			en: "Display",
			ja: "表示"
		},
		hideIsolated: {
			en: "Hide actors without visible relations",
			ja: "表示中の関係がないアクターを隠す"
		},
		importButton: {
			en: "Import…",
			ja: "インポート…"
		},
		exportButton: {
			en: "Export…",
			ja: "エクスポート…"
		},
		importTitle: {
			en: "Import data",
			ja: "データのインポート"
		},
		importHelp: {
			en: "GEXF, GraphML, graphology JSON, CSV edge list (with an optional node list: pick both), Alignmap YAML/JSON, or a zip of these. Up to 50 MB. You can also drop files anywhere on the page.",
			ja: "GEXF、GraphML、graphology JSON、CSV の辺リスト（ノード一覧も選べます：両方を選択）、Alignmap の YAML/JSON、またはそれらの zip。50 MB まで。ページのどこにでもドロップできます。"
		},
		chooseFiles: {
			en: "Files",
			ja: "ファイル"
		},
		dropHere: {
			en: "Drop files to import them",
			ja: "ドロップしてインポート"
		},
		importing: {
			en: "Importing",
			ja: "インポート中"
		},
		phase_read: {
			en: "reading",
			ja: "読み込み"
		},
		phase_parse: {
			en: "parsing",
			ja: "解析"
		},
		phase_build: {
			en: "building the graph",
			ja: "グラフ作成"
		},
		phase_validate: {
			en: "checking",
			ja: "検証"
		},
		phase_show: {
			en: "storing and drawing",
			ja: "保存と描画"
		},
		cancel: {
			en: "Cancel",
			ja: "キャンセル"
		},
		close: {
			en: "Close",
			ja: "閉じる"
		},
		importFailed: {
			en: "The import failed; the graph on screen is unchanged.",
			ja: "インポートに失敗しました。表示中のグラフは変更されていません。"
		},
		importDone: {
			en: "Imported",
			ja: "インポートしました"
		},
		importWarnings: {
			en: "Warnings",
			ja: "警告"
		},
		importedDataset: {
			en: "Imported",
			ja: "インポート"
		},
		storedDataset: {
			en: "Stored import",
			ja: "保存済みインポート"
		},
		backToDefault: {
			en: "Back to default dataset",
			ja: "既定のデータセットに戻る"
		},
		openStored: {
			en: "Open",
			ja: "開く"
		},
		removeStored: {
			en: "Remove",
			ja: "削除"
		},
		exportTitle: {
			en: "Export the visible graph",
			ja: "表示中のグラフをエクスポート"
		},
		exportFormat: {
			en: "Format",
			ja: "形式"
		},
		exportCrop: {
			en: "Picture of",
			ja: "範囲"
		},
		cropVisible: {
			en: "the whole visible subgraph",
			ja: "表示中のサブグラフ全体"
		},
		cropCamera: {
			en: "the current view (camera)",
			ja: "現在の表示範囲（カメラ）"
		},
		exportWidth: {
			en: "Width (px)",
			ja: "幅 (px)"
		},
		exportScale: {
			en: "Scale",
			ja: "倍率"
		},
		exportImageTitle: {
			en: "Title",
			ja: "タイトル"
		},
		exportLegend: {
			en: "Legend",
			ja: "凡例"
		},
		exportDateLine: {
			en: "Date line",
			ja: "日付"
		},
		exportSourceLine: {
			en: "Source line",
			ja: "出典"
		},
		exportContents: {
			en: "Contains what is visible now (filters, focus, time)",
			ja: "現在表示中のもの（フィルター・フォーカス・期間）を含みます"
		},
		download: {
			en: "Download",
			ja: "ダウンロード"
		},
		exporting: {
			en: "Exporting…",
			ja: "エクスポート中…"
		},
		noVisible: {
			en: "No relation is visible with the current filters.",
			ja: "現在のフィルターでは表示される関係がありません。"
		},
		analysis: {
			en: "Analysis",
			ja: "分析"
		},
		analysisBusy: {
			en: "analysing…",
			ja: "分析中…"
		},
		focusTitle: {
			en: "Focus on an actor",
			ja: "アクターに注目"
		},
		focusActor: {
			en: "Actor at the centre",
			ja: "中心のアクター"
		},
		focusOnActor: {
			en: "Focus on this actor",
			ja: "このアクターに注目"
		},
		depth: {
			en: "Depth",
			ja: "深さ"
		},
		direction: {
			en: "Direction",
			ja: "向き"
		},
		dirBoth: {
			en: "both ways",
			ja: "双方向"
		},
		dirOut: {
			en: "outgoing",
			ja: "発信のみ"
		},
		dirIn: {
			en: "incoming",
			ja: "受信のみ"
		},
		outside: {
			en: "Everything else",
			ja: "それ以外"
		},
		outsideHide: {
			en: "hidden",
			ja: "非表示"
		},
		outsideDim: {
			en: "dimmed",
			ja: "薄く表示"
		},
		focusRelations: {
			en: "Relation types followed",
			ja: "辿る関係の種類"
		},
		allVisibleTypes: {
			en: "all",
			ja: "すべて"
		},
		clearFocus: {
			en: "Clear focus",
			ja: "注目を解除"
		},
		pathTitle: {
			en: "Paths between two actors",
			ja: "2アクター間の経路"
		},
		pathFrom: {
			en: "From",
			ja: "起点"
		},
		pathTo: {
			en: "To",
			ja: "終点"
		},
		swap: {
			en: "Swap",
			ja: "入れ替え"
		},
		clearPath: {
			en: "Clear path",
			ja: "経路を解除"
		},
		pathChooseTwo: {
			en: "Choose a second actor.",
			ja: "もう一つのアクターを選んでください。"
		},
		path: {
			en: "Path",
			ja: "経路"
		},
		computing: {
			en: "Computing…",
			ja: "計算中…"
		},
		refining: {
			en: "refining",
			ja: "調整中"
		},
		blocsTitle: {
			en: "Blocs (signed)",
			ja: "ブロック（符号付き）"
		},
		bloc: {
			en: "Bloc",
			ja: "ブロック"
		},
		colourByBloc: {
			en: "Colour actors by bloc",
			ja: "ブロックごとに色分け"
		},
		blocsMethod: {
			en: "Signed Louvain (seed 1) over states, with persons counted as the state they represent: friendly ties pull actors into one bloc, hostile ties push them apart. Organizations and agreements are not partitioned; they are listed as what binds a bloc.",
			ja: "符号付きLouvain法（シード1）で国家を分けます（人物は代表する国に含める）。友好的な関係は同じブロックに、敵対的な関係は別のブロックに。機関・協定は分割の対象外で、ブロックを結びつけるものとして示します。"
		},
		frustrationIndex: {
			en: "fit",
			ja: "適合度"
		},
		membershipOnly: {
			en: "Held together only by shared memberships.",
			ja: "共通の加盟関係のみで結びついています。"
		},
		heldTogether: {
			en: "Held together by",
			ja: "結びつける関係"
		},
		direct: {
			en: "direct",
			ja: "直接"
		},
		balanceTitle: {
			en: "Structural balance",
			ja: "構造バランス"
		},
		directOnly: {
			en: "Direct ties only (no co-memberships)",
			ja: "直接の関係のみ（共通加盟を除く）"
		},
		weakBalance: {
			en: "Weak balance (three mutual adversaries count as balanced)",
			ja: "弱いバランス（互いに敵対する3者をバランスとみなす）"
		},
		balanceIndex: {
			en: "Balance index",
			ja: "バランス指数"
		},
		noTriangles: {
			en: "No three actors are tied pairwise in the current view.",
			ja: "現在の表示には互いに結びついた3者がありません。"
		},
		allBalanced: {
			en: "Every triangle is balanced.",
			ja: "すべての三角形がバランスしています。"
		},
		triadAllyOfAlly: {
			en: "Two friendly ties and one hostile: an ally of an ally is an adversary.",
			ja: "友好2・敵対1：味方の味方が敵。"
		},
		triadAllHostile: {
			en: "Three mutual adversaries (unbalanced in the strong sense).",
			ja: "互いに敵対する3者（強い意味で不均衡）。"
		},
		triadHidden: {
			en: "The focused triad is not visible with the current filters, focus or date.",
			ja: "注目中の三者関係は現在のフィルター・注目・日付では表示されません。"
		},
		weight: {
			en: "weight",
			ja: "重み"
		},
		showMore: {
			en: "Show more",
			ja: "さらに表示"
		},
		clearTriad: {
			en: "Clear triad",
			ja: "三者関係を解除"
		},
		analysisOptions: {
			en: "Analysis options",
			ja: "分析の設定"
		},
		foldPersons: {
			en: "Count a person as the state or body they represent",
			ja: "人物を代表する国・組織に含める"
		},
		includeAgreements: {
			en: "Include agreements as actors",
			ja: "協定もアクターとして含める"
		},
		countMemberships: {
			en: "Count shared memberships as weak friendly ties",
			ja: "共通の加盟を弱い友好関係として数える"
		},
		optionsHint: {
			en: "Used by blocs, balance and alignment scores, over the visible relations.",
			ja: "ブロック・バランス・整合度に使われます（表示中の関係が対象）。"
		},
		time: {
			en: "Time",
			ja: "時期"
		},
		noDates: {
			en: "No relation has a date.",
			ja: "日付のある関係がありません。"
		},
		allDates: {
			en: "All dates",
			ja: "全期間"
		},
		atDate: {
			en: "At a date",
			ja: "特定の日"
		},
		dateRange: {
			en: "Range",
			ja: "期間"
		},
		rangeFrom: {
			en: "Range start",
			ja: "期間の開始"
		},
		rangeTo: {
			en: "Range end",
			ja: "期間の終了"
		},
		play: {
			en: "Play",
			ja: "再生"
		},
		pause: {
			en: "Pause",
			ja: "一時停止"
		},
		timeSpan: {
			en: "Slider span",
			ja: "スライダーの範囲"
		},
		alignmentTitle: {
			en: "Alignment",
			ja: "整合度"
		},
		mostAligned: {
			en: "Most aligned",
			ja: "最も近い"
		},
		mostOpposed: {
			en: "Most opposed",
			ja: "最も対立"
		},
		compareWith: {
			en: "Compare with",
			ja: "比較対象"
		},
		alignmentHint: {
			en: "Score in [−1, 1]: half the similarity of both actors’ friendly/hostile ties to third actors, half their direct tie.",
			ja: "スコアは −1〜1：第三者への友好・敵対関係の類似度が半分、直接の関係が半分。"
		},
		sharedAllies: {
			en: "Shared allies",
			ja: "共通の味方"
		},
		sharedAdversaries: {
			en: "Shared adversaries",
			ja: "共通の敵"
		},
		opposedOn: {
			en: "Opposed on",
			ja: "立場が逆"
		},
		profileSimilarity: {
			en: "profile similarity",
			ja: "関係の類似度"
		},
		directTie: {
			en: "direct tie",
			ja: "直接の関係"
		},
		unfoldPersons: {
			en: "Score persons on their own",
			ja: "人物を単独で評価する"
		},
		blocColourNote: {
			en: "Actors are coloured by bloc (Analysis › Blocs), not by kind.",
			ja: "アクターは種類ではなくブロックごとに色分けされています（分析 › ブロック）。"
		},
		blocMembershipShare: {
			en: "rests on shared memberships:",
			ja: "共通加盟による部分："
		},
		blocMembershipMembers: {
			en: "in the bloc through shared memberships only:",
			ja: "共通加盟のみでブロックに属する："
		},
		blocCaveat: {
			en: "Shared memberships are weak evidence of alignment: the more of a bloc rests on them, the more it is a grouping by membership rather than a coalition.",
			ja: "共通の加盟は立場の一致を示す弱い根拠です。加盟に頼る部分が大きいほど、そのブロックは連携というより加盟による分類です。"
		},
		boundBy: {
			en: "Bound by",
			ja: "結びつける機関・協定"
		},
		bodiesInBlocs: {
			en: "Partition organizations and agreements too",
			ja: "機関・協定もブロック分けの対象にする"
		},
		includeHistory: {
			en: "Include history (actors and relations that had ended)",
			ja: "過去も含める（消滅したアクター・終了した関係）"
		},
		tieFrom: {
			en: "Relations behind the tie",
			ja: "結びつきの根拠となる関係"
		},
		sharedMembership: {
			en: "shared membership",
			ja: "共通の加盟"
		},
		relationsByEvidence: {
			en: "Relations whose evidence mentions it",
			ja: "根拠に含まれる関係"
		},
		isHidden: {
			en: "is hidden in the current view",
			ja: "は現在の表示では非表示です"
		},
		showIt: {
			en: "Show it",
			ja: "表示する"
		},
		hiddenKind: {
			en: "its kind is filtered out",
			ja: "その種類がフィルターで除外"
		},
		hiddenFocus: {
			en: "it is outside the focus",
			ja: "注目範囲の外"
		},
		hiddenTime: {
			en: "none of its relations is in the time range",
			ja: "期間内の関係がない"
		},
		hiddenRelations: {
			en: "the types of its relations are filtered out",
			ja: "関係の種類がフィルターで除外"
		},
		hiddenStatuses: {
			en: "the statuses of its relations are filtered out",
			ja: "関係の状態がフィルターで除外"
		},
		hiddenCertainties: {
			en: "the certainties of its relations are filtered out",
			ja: "関係の確度がフィルターで除外"
		},
		hiddenIsolated: {
			en: "none of its relations is shown and actors without relations are hidden",
			ja: "表示中の関係がなく、関係のないアクターは非表示"
		},
		analysisDate: {
			en: "Analyses describe",
			ja: "分析の基準日"
		},
		historyIncluded: {
			en: "all dates (history included)",
			ja: "全期間（過去を含む）"
		},
		absentLeftOut: {
			en: "Actors that did not exist then and relations not in force are left out.",
			ja: "その時点で存在しないアクターと、効力のない関係は除いています。"
		},
		whenTitle: {
			en: "Show relations",
			ja: "表示する関係"
		},
		whenActive: {
			en: "in force",
			ja: "有効な関係"
		},
		whenActiveTitle: {
			en: "Relations in force at some day of the chosen dates (alliances, memberships, sanctions, …)",
			ja: "選んだ期間のいずれかの日に有効な関係（同盟・加盟・制裁など）"
		},
		whenStarted: {
			en: "begun then",
			ja: "その期間に始まった関係"
		},
		whenStartedTitle: {
			en: "Only the relations whose start date falls in the chosen dates: what happened then",
			ja: "開始日が選んだ期間に入る関係のみ（その期間の出来事）"
		},
		hideUndated: {
			en: "hide undated",
			ja: "日付なしを隠す"
		},
		chronologyTitle: {
			en: "Chronology",
			ja: "年表"
		},
		chronologyOpen: {
			en: "List",
			ja: "一覧"
		},
		chronologyEmpty: {
			en: "No dated relation is in view.",
			ja: "表示中の日付つき関係はありません。"
		},
		chronologyMore: {
			en: "Show more",
			ja: "さらに表示"
		},
		byPerson: {
			en: "by {name}",
			ja: "{name}による"
		},
		listSeparator: {
			en: ", ",
			ja: "、"
		},
		clauseSeparator: {
			en: "; ",
			ja: "、"
		},
		embedFont: {
			en: "Embed font (self-contained SVG, larger file)",
			ja: "フォントを埋め込む（単体で表示できるSVG、サイズ大）"
		},
		embedFontHint: {
			en: "Without it, Japanese text needs Noto Sans JP (or another Japanese font) where the file is opened.",
			ja: "埋め込まない場合、日本語の表示には開く環境に Noto Sans JP などの日本語フォントが必要です。"
		},
		embedFontMeasuring: {
			en: "measuring…",
			ja: "計算中…"
		},
		embedFontUnknown: {
			en: "size unknown",
			ja: "サイズ不明"
		},
		/** What the embedded font adds to the file ("640 KB"). */
		embedFontAdds: {
			en: "+ ≈ {size}",
			ja: "約 {size} 増"
		},
		cropRings: {
			en: "the focus in the middle, its neighbours on rings",
			ja: "中心の主体を真ん中に、周囲を同心円に"
		},
		neighbourTies: {
			en: "Also the ties among the neighbours (and their memberships)",
			ja: "周囲の主体どうしの関係（加盟を含む）も描く"
		},
		metric_degree: {
			en: "Degree",
			ja: "次数"
		},
		metric_pagerank: {
			en: "PageRank",
			ja: "PageRank"
		},
		metric_betweenness: {
			en: "Betweenness",
			ja: "媒介中心性"
		},
		actorCount: {
			en: {
				one: "{count} actor",
				other: "{count} actors"
			},
			ja: { other: "アクター {count}" }
		},
		relationCount: {
			en: {
				one: "{count} relation",
				other: "{count} relations"
			},
			ja: { other: "関係 {count}" }
		},
		/** "12/40 actors": visible of all. */
		actorsShown: {
			en: {
				one: "{shown}/{count} actor",
				other: "{shown}/{count} actors"
			},
			ja: { other: "アクター {shown}/{count}" }
		},
		relationsShown: {
			en: {
				one: "{shown}/{count} relation",
				other: "{shown}/{count} relations"
			},
			ja: { other: "関係 {shown}/{count}" }
		},
		isolatedHiddenCount: {
			en: {
				one: "{count} without visible relations hidden",
				other: "{count} without visible relations hidden"
			},
			ja: { other: "{count} 件は関係がないため非表示" }
		},
		shortestPaths: {
			en: {
				one: "{count} shortest path",
				other: "{count} shortest paths"
			},
			ja: { other: "{count} 本の最短経路" }
		},
		pathSteps: {
			en: {
				one: "{count} step",
				other: "{count} steps"
			},
			ja: { other: "{count} ステップ" }
		},
		pathsListed: {
			en: "listed: {shown}",
			ja: "表示: {shown}"
		},
		blocCount: {
			en: {
				one: "{count} bloc",
				other: "{count} blocs"
			},
			ja: { other: "{count} ブロック" }
		},
		blocLevel: {
			en: "level {level}",
			ja: "段階 {level}"
		},
		blocSinglesCount: {
			en: {
				one: "{count} actor in no bloc (grey)",
				other: "{count} actors in no bloc (grey)"
			},
			ja: { other: "{count} アクターはどのブロックにも属さない（灰色）" }
		},
		trianglesBalancedCount: {
			en: {
				one: "{balanced}/{count} triangle balanced",
				other: "{balanced}/{count} triangles balanced"
			},
			ja: { other: "{balanced}/{count} 個の三角形がバランス" }
		},
		unbalancedTriadCount: {
			en: {
				one: "{count} unbalanced triad, strongest first:",
				other: "{count} unbalanced triads, strongest first:"
			},
			ja: { other: "{count} 個の不均衡な三者関係（強い順）：" }
		},
		activeDatedCount: {
			en: {
				one: "{count} dated relation active",
				other: "{count} dated relations active"
			},
			ja: { other: "{count} 件の日付つき関係が有効" }
		},
		undatedKeptCount: {
			en: {
				one: "{count} undated kept",
				other: "{count} undated kept"
			},
			ja: { other: "{count} 件の日付なし関係を常時表示" }
		},
		begunInRangeCount: {
			en: {
				one: "{count} begun in these dates",
				other: "{count} begun in these dates"
			},
			ja: { other: "{count} 件がこの期間に開始" }
		},
		undatedHiddenCount: {
			en: {
				one: "{count} undated left out",
				other: "{count} undated left out"
			},
			ja: { other: "{count} 件の日付なし関係を除外" }
		},
		chronologyCountN: {
			en: {
				one: "{count} dated relation in view",
				other: "{count} dated relations in view, oldest first"
			},
			ja: { other: "{count} 件の日付つき関係（古い順）" }
		},
		nearZeroHiddenCount: {
			en: {
				one: "{count} third actor with a near-zero share not listed",
				other: "{count} third actors with a near-zero share not listed"
			},
			ja: { other: "{count} 件の寄与がほぼゼロの第三者は省略" }
		},
		panels: {
			en: "Panels",
			ja: "パネル"
		},
		filters: {
			en: "Filters",
			ja: "フィルター"
		},
		egoTitle: {
			en: "Relations of {name} (depth {depth})",
			ja: "{name}の関係(深さ{depth})"
		},
		reportedSpan: {
			en: "Reported {range}",
			ja: "報道: {range}"
		},
		asOfDate: {
			en: "As of {date}",
			ja: "{date} 時点"
		},
		fromDate: {
			en: "From {date}",
			ja: "{date} 以降"
		},
		untilDate: {
			en: "Until {date}",
			ja: "{date} まで"
		},
		dataAsOf: {
			en: "Data as of {date}",
			ja: "{date} 時点のデータ"
		},
		sourcesUpTo: {
			en: "Sources up to {date}",
			ja: "{date} までの資料による"
		},
		pictureAsOf: {
			en: "as of {date}",
			ja: "{date} 時点"
		},
		pictureSince: {
			en: "since {date}",
			ja: "{date} 以降"
		},
		pictureUntil: {
			en: "until {date}",
			ja: "{date} まで"
		},
		relationsDated: {
			en: "Relations dated {span}",
			ja: "関係の日付: {span}"
		},
		sourceLine: {
			en: "Source: {name}",
			ja: "出典: {name}"
		},
		sourceLineCli: {
			en: "Source: Alignmap — {name}",
			ja: "出典: Alignmap — {name}"
		},
		importedSource: {
			en: "{name} (imported)",
			ja: "{name}（インポート）"
		},
		/** " (…)" after a name: the half-width or full-width parentheses. */
		parenthetical: {
			en: "{text} ({detail})",
			ja: "{text}（{detail}）"
		},
		sourceCount: {
			en: {
				one: "{count} source",
				other: "{count} sources"
			},
			ja: { other: "資料 {count} 件" }
		},
		legendRelations: {
			en: "Relations",
			ja: "関係"
		},
		legendActors: {
			en: "Actors",
			ja: "アクター"
		},
		legendBlocs: {
			en: "Blocs",
			ja: "ブロック"
		},
		legendFriendly: {
			en: "Friendly relations",
			ja: "友好的な関係"
		},
		legendNeutral: {
			en: "Neutral relations",
			ja: "中立的な関係"
		},
		legendHostile: {
			en: "Hostile relations",
			ja: "敵対的な関係"
		},
		legendFileColours: {
			en: "the file's colours",
			ja: "ファイルの色"
		},
		legendFileSizes: {
			en: "the file's sizes",
			ja: "ファイルの値"
		},
		legendFileValue: {
			en: "the file's {key}",
			ja: "ファイルの{key}"
		},
		legendActorSize: {
			en: "Actor size: {what}",
			ja: "アクターの大きさ：{what}"
		},
		legendRelationWidth: {
			en: "Relation width: {what}",
			ja: "関係の太さ：{what}"
		},
		legendBloc: {
			en: "Bloc {n}",
			ja: "ブロック {n}"
		},
		legendNoBloc: {
			en: "No bloc",
			ja: "ブロックなし"
		},
		tablePages: {
			en: "Table pages",
			ja: "表のページ"
		},
		tableRowsPerPage: {
			en: "Rows per page",
			ja: "1ページの行数"
		},
		tablePage: {
			en: "Page",
			ja: "ページ"
		},
		tableFirstPage: {
			en: "First page",
			ja: "最初のページ"
		},
		tablePreviousPage: {
			en: "Previous page",
			ja: "前のページ"
		},
		tableNextPage: {
			en: "Next page",
			ja: "次のページ"
		},
		tableLastPage: {
			en: "Last page",
			ja: "最後のページ"
		},
		tableNoRows: {
			en: "No relations to show",
			ja: "表示する関係はありません"
		},
		tableRows: {
			en: "Rows {first}–{last} of {total}",
			ja: "{total} 件中 {first}〜{last} 件目"
		},
		tablePageCount: {
			en: "of {pages}",
			ja: "/ {pages} ページ"
		},
		tableCaptionCount: {
			en: "Visible relations ({total})",
			ja: "表示中の関係（{total}）"
		},
		module_ego: {
			en: "ego",
			ja: "注目"
		},
		module_paths: {
			en: "paths",
			ja: "経路"
		},
		module_blocs: {
			en: "blocs",
			ja: "ブロック"
		},
		module_balance: {
			en: "balance",
			ja: "バランス"
		},
		module_alignment: {
			en: "alignment",
			ja: "整合度"
		},
		module_time: {
			en: "time",
			ja: "時期"
		},
		module_worker: {
			en: "analysis worker",
			ja: "分析ワーカー"
		},
		/** An analysis notice: the analysis it comes from, then what happened. */
		noticeLine: {
			en: "{module}: {text}",
			ja: "{module}: {text}"
		},
		/** A view notice: an analysis failure, then what the view did instead. */
		viewNotice_time: {
			en: "{notice}; showing all dates",
			ja: "{notice}。全期間を表示しています"
		},
		viewNotice_focus: {
			en: "{notice}; focus not applied",
			ja: "{notice}。注目は適用されていません"
		},
		notice_unknownActor: {
			en: "expected a known actor id, got \"{actor}\"",
			ja: "ID「{actor}」のアクターはデータにありません"
		},
		notice_hiddenActor: {
			en: "{actor} is hidden by the current filters",
			ja: "{actor}は現在のフィルターで非表示です"
		},
		notice_foldedActor: {
			en: "{actor} is folded into {into}; turn person folding off to score them alone",
			ja: "{actor}は{into}に含められています。単独で評価するには「人物を代表する国・組織に含める」をオフにしてください"
		},
		notice_sameActor: {
			en: "choose two different actors",
			ja: "異なる2つのアクターを選んでください"
		},
		notice_sameActorNamed: {
			en: "choose two different actors (both are {actor})",
			ja: "異なる2つのアクターを選んでください（どちらも{actor}です）"
		},
		notice_noPath: {
			en: "no chain of visible relations links {from} and {to}",
			ja: "{from}と{to}を結ぶ表示中の関係の連鎖はありません"
		},
		notice_noRelations: {
			en: "the current filters leave no relation to follow",
			ja: "現在のフィルターでは辿れる関係がありません"
		},
		notice_noActors: {
			en: "the current filters leave no actor",
			ja: "現在のフィルターではアクターが残りません"
		},
		notice_noActorsToGroup: {
			en: "the current filters leave no actor to group",
			ja: "現在のフィルターではまとめるアクターが残りません"
		},
		notice_noDatedRelations: {
			en: "no visible relation has a start or end date",
			ja: "表示中の関係には開始日も終了日もありません"
		},
		/** {values}: the allowed values as alternatives ("1, 2 or 3" / 「1、2、3」). */
		notice_invalidOption_oneOf: {
			en: "expected {option} to be {values}, got {got}",
			ja: "{option} は{values}のいずれかでなければなりません（指定値: {got}）"
		},
		notice_invalidOption_positiveInteger: {
			en: "expected {option} to be a positive integer, got {got}",
			ja: "{option} は正の整数でなければなりません（指定値: {got}）"
		},
		notice_invalidOption_wholeNumber: {
			en: "expected {option} to be a whole number >= 0, got {got}",
			ja: "{option} は0以上の整数でなければなりません（指定値: {got}）"
		},
		notice_invalidOption_unitInterval: {
			en: "expected {option} within [0, 1], got {got}",
			ja: "{option} は0〜1の数でなければなりません（指定値: {got}）"
		},
		notice_invalidOption_positiveNumber: {
			en: "expected {option} to be a positive number, got {got}",
			ja: "{option} は正の数でなければなりません（指定値: {got}）"
		},
		notice_invalidOption_number: {
			en: "expected {option} to be a number, got {got}",
			ja: "{option} は数値でなければなりません（指定値: {got}）"
		},
		notice_invalidDate: {
			en: "expected a partial ISO date like 2025, 2025-05 or 2025-05-08, got \"{value}\"",
			ja: "日付は 2025、2025-05、2025-05-08 のような形式で指定してください（指定値:「{value}」）"
		},
		notice_reversedRange: {
			en: "the range starts ({from}) after it ends ({to})",
			ja: "期間の開始（{from}）が終了（{to}）より後です"
		},
		/** {range}, {dataRange}: dateSpan / dateUpTo / dateOnward. */
		notice_outsideData: {
			en: "{range} lies outside the data's dates ({dataRange})",
			ja: "{range}はデータの期間（{dataRange}）の範囲外です"
		},
		notice_noGraph: {
			en: "expected a load message with the graph before any analysis",
			ja: "分析の前にグラフが読み込まれていません"
		},
		/** {detail}: the text of an unexpected exception (not translated). */
		notice_internal: {
			en: "{detail}",
			ja: "予期しないエラー（{detail}）"
		},
		dateSpan: {
			en: "{from} – {to}",
			ja: "{from}〜{to}"
		},
		dateUpTo: {
			en: "up to {to}",
			ja: "{to}まで"
		},
		dateOnward: {
			en: "{from} onward",
			ja: "{from}以降"
		},
		warn_unknownParam: {
			en: "URL parameter \"{key}\": unknown parameter ignored",
			ja: "URL パラメーター「{key}」は不明なパラメーターのため無視しました"
		},
		warn_repeatedParam: {
			en: "URL parameter \"{key}\": given more than once; the first value is used",
			ja: "URL パラメーター「{key}」が複数回指定されています。最初の値を使います"
		},
		/** {allowed}: the values as alternatives ("en or ja" / 「en、ja」). */
		warn_notAllowed: {
			en: "URL parameter \"{key}\": expected {allowed}, got \"{got}\"",
			ja: "URL パラメーター「{key}」には {allowed} のいずれかを指定してください（指定値:「{got}」）"
		},
		/** {allowed}: a long list of values (joinList). */
		warn_notAllowedOneOf: {
			en: "URL parameter \"{key}\": expected one of {allowed}, got \"{got}\"",
			ja: "URL パラメーター「{key}」には {allowed} のいずれかを指定してください（指定値:「{got}」）"
		},
		/** {facet}: warnFacet_*; {values}: quoted values; {examples}: joinList. */
		warn_malformedHidden: {
			en: "URL parameter \"{key}\": malformed {facet} {values} ignored (expected 1 to 1000 characters, such as {examples})",
			ja: "URL パラメーター「{key}」: {facet}の値{values}は形式が正しくないため無視しました（1〜1000 文字で指定します。例: {examples}）"
		},
		warn_unknownHidden: {
			en: "URL parameter \"{key}\": unknown {facet} {values} ignored (expected any of {expected})",
			ja: "URL パラメーター「{key}」: 不明な{facet}{values}を無視しました（指定できる値: {expected}）"
		},
		warn_invalidId: {
			en: "URL parameter \"{key}\": \"{value}\" is not a valid id (expected 1 to 1000 characters)",
			ja: "URL パラメーター「{key}」:「{value}」は正しい ID ではありません（1〜1000 文字で指定します）"
		},
		warn_twoSelections: {
			en: "URL parameter \"{key}\": only one of node/edge may be selected; \"{value}\" ignored",
			ja: "URL パラメーター「{key}」: node と edge はどちらか一方しか選択できません。「{value}」は無視しました"
		},
		warn_idCount: {
			en: {
				one: "URL parameter \"{key}\": expected {count} actor id, got \"{value}\"",
				other: "URL parameter \"{key}\": expected {count} actor ids separated by commas, got \"{value}\""
			},
			ja: { other: "URL パラメーター「{key}」にはカンマ区切りで {count} つのアクター ID を指定してください（指定値:「{value}」）" }
		},
		warn_sameIds: {
			en: {
				one: "URL parameter \"{key}\": expected {count} actor, got \"{value}\"",
				other: "URL parameter \"{key}\": expected {count} different actors, got \"{value}\""
			},
			ja: { other: "URL パラメーター「{key}」には異なる {count} つのアクターを指定してください（指定値:「{value}」）" }
		},
		warn_invalidDate: {
			en: "URL parameter \"{key}\": expected a date like 2025, 2025-05 or 2025-05-08, got \"{value}\"",
			ja: "URL パラメーター「{key}」の日付は 2025、2025-05、2025-05-08 のような形式で指定してください（指定値:「{value}」）"
		},
		warn_invalidCamera: {
			en: "URL parameter \"cam\": expected x,y,ratio[,angle] numbers with ratio > 0, got \"{value}\"",
			ja: "URL パラメーター「cam」には x,y,ratio[,angle] の数値（ratio > 0）を指定してください（指定値:「{value}」）"
		},
		warn_unknownFocusRelation: {
			en: "URL parameter \"focus-rel\": unknown relation type {values} ignored (expected any of {expected})",
			ja: "URL パラメーター「focus-rel」: 不明な関係の種類{values}を無視しました（指定できる値: {expected}）"
		},
		warn_atAndRange: {
			en: "URL parameter \"at\": a single date and a from/to range exclude each other; \"at\" is used",
			ja: "URL パラメーター「at」: 単一の日付と from/to の期間は同時に指定できません。「at」を使います"
		},
		warn_reversedRange: {
			en: "URL parameter \"from\"/\"to\": the range starts ({from}) after it ends ({to}); time range ignored",
			ja: "URL パラメーター「from」/「to」: 期間の開始（{from}）が終了（{to}）より後のため、期間の指定を無視しました"
		},
		warn_missingNode: {
			en: "URL parameter \"node\": no actor \"{id}\" in the data; selection ignored",
			ja: "URL パラメーター「node」: ID「{id}」のアクターはデータにないため、選択しませんでした"
		},
		warn_missingEdge: {
			en: "URL parameter \"edge\": no relation \"{id}\" in the data; selection ignored",
			ja: "URL パラメーター「edge」: ID「{id}」の関係はデータにないため、選択しませんでした"
		},
		warn_missingActor: {
			en: "URL parameter \"{key}\": no actor \"{id}\" in the data; ignored",
			ja: "URL パラメーター「{key}」: ID「{id}」のアクターはデータにないため、無視しました"
		},
		warn_nodeGone: {
			en: "The selected actor \"{id}\" is not in the new data; selection cleared",
			ja: "選択中のアクター「{id}」は新しいデータにないため、選択を解除しました"
		},
		warn_edgeGone: {
			en: "The selected relation \"{id}\" is not in the new data; selection cleared",
			ja: "選択中の関係「{id}」は新しいデータにないため、選択を解除しました"
		},
		/** {value}: the filter value's name in the language. */
		warn_filterReset: {
			en: "The {facet} filter \"{value}\" does not apply to the new data and was reset",
			ja: "{facet}のフィルター「{value}」は新しいデータに当てはまらないため、解除しました"
		},
		warnFacet_relations: {
			en: "relation type",
			ja: "関係の種類"
		},
		warnFacet_kinds: {
			en: "actor kind",
			ja: "アクターの種類"
		},
		warnFacet_statuses: {
			en: "status",
			ja: "状態"
		},
		warnFacet_certainties: {
			en: "certainty",
			ja: "確度"
		},
		/** A value quoted in a message; quotedMore adds one to a list of quoted values. */
		quoted: {
			en: "\"{text}\"",
			ja: "「{text}」"
		},
		quotedMore: {
			en: "{items}, \"{text}\"",
			ja: "{items}「{text}」"
		},
		/** The last two of a list of alternatives: "a, b or c" / 「a、b、c」. */
		listOr: {
			en: "{items} or {last}",
			ja: "{items}、{last}"
		},
		curate_curate: {
			en: "Curate",
			ja: "編集"
		},
		curate_curateTitle: {
			en: "Curation: add what an article says, with every quote checked",
			ja: "編集：記事の内容を引用を検証しながら追加"
		},
		curate_close: {
			en: "Close",
			ja: "閉じる"
		},
		curate_assistant: {
			en: "Article",
			ja: "記事"
		},
		curate_edit: {
			en: "Edit selection",
			ja: "選択を編集"
		},
		curate_pending: {
			en: "Pending",
			ja: "保留中の変更"
		},
		curate_review: {
			en: "Added since",
			ja: "追加日で確認"
		},
		curate_importedData: {
			en: "Curation edits the bundled dataset; go back to the default dataset to use it.",
			ja: "編集できるのは同梱データのみです。既定のデータセットに戻してください。"
		},
		curate_loading: {
			en: "Loading graph-data/…",
			ja: "graph-data/ を読み込み中…"
		},
		curate_author: {
			en: "Your name (for “added by”)",
			ja: "追加者名"
		},
		curate_title: {
			en: "Title",
			ja: "タイトル"
		},
		curate_publisher: {
			en: "Publisher",
			ja: "発行元"
		},
		curate_date: {
			en: "Date",
			ja: "日付"
		},
		curate_language: {
			en: "Language",
			ja: "言語"
		},
		curate_url: {
			en: "URL (optional)",
			ja: "URL（任意）"
		},
		curate_sourceId: {
			en: "Source id",
			ja: "ソースID"
		},
		curate_text: {
			en: "Article text (pasted)",
			ja: "記事本文（貼り付け）"
		},
		curate_findCandidates: {
			en: "Add source and find candidates",
			ja: "ソースを追加して候補を抽出"
		},
		curate_candidates: {
			en: "Candidates",
			ja: "候補"
		},
		curate_noCandidates: {
			en: "No sentence names two known actors.",
			ja: "既知のアクターを2つ以上含む文はありません。"
		},
		curate_accept: {
			en: "Accept",
			ja: "採用"
		},
		curate_reject: {
			en: "Reject",
			ja: "却下"
		},
		curate_accepted: {
			en: "accepted",
			ja: "採用済み"
		},
		curate_rejected: {
			en: "rejected",
			ja: "却下済み"
		},
		curate_addsEvidence: {
			en: "adds evidence to",
			ja: "既存の関係に根拠を追加："
		},
		curate_asNew: {
			en: "as a new relation",
			ja: "新しい関係として"
		},
		curate_chooseType: {
			en: "(choose a type)",
			ja: "（種類を選択）"
		},
		curate_quote: {
			en: "Quote (verbatim)",
			ja: "引用（原文どおり）"
		},
		curate_type: {
			en: "Type",
			ja: "種類"
		},
		curate_status: {
			en: "Status",
			ja: "状態"
		},
		curate_certainty: {
			en: "Certainty",
			ja: "確度"
		},
		curate_start: {
			en: "Start",
			ja: "開始"
		},
		curate_end: {
			en: "End",
			ja: "終了"
		},
		curate_note: {
			en: "Note",
			ja: "注記"
		},
		curate_newActor: {
			en: "New actor",
			ja: "新しいアクター"
		},
		curate_nameEn: {
			en: "Name (English)",
			ja: "名前（英語）"
		},
		curate_nameJa: {
			en: "Name (Japanese)",
			ja: "名前（日本語）"
		},
		curate_aliases: {
			en: "Aliases (comma-separated)",
			ja: "別名（カンマ区切り）"
		},
		curate_kind: {
			en: "Kind",
			ja: "種類"
		},
		curate_role: {
			en: "Role",
			ja: "役職"
		},
		curate_add: {
			en: "Add",
			ja: "追加"
		},
		curate_save: {
			en: "Save",
			ja: "保存"
		},
		curate_delete: {
			en: "Delete",
			ja: "削除"
		},
		curate_mergeInto: {
			en: "Merge into",
			ja: "統合先"
		},
		curate_merge: {
			en: "Merge",
			ja: "統合"
		},
		curate_selectSomething: {
			en: "Select an actor or a relation in the graph or table to edit it.",
			ja: "グラフまたは表でアクターか関係を選択すると編集できます。"
		},
		curate_undo: {
			en: "Undo",
			ja: "元に戻す"
		},
		curate_redo: {
			en: "Redo",
			ja: "やり直す"
		},
		curate_noChanges: {
			en: "No pending changes.",
			ja: "保留中の変更はありません。"
		},
		curate_exportZip: {
			en: "Export changed files (zip)",
			ja: "変更ファイルを書き出し（zip）"
		},
		curate_writeBack: {
			en: "Write to graph-data/ (dev server)",
			ja: "graph-data/ に書き込む（開発サーバー）"
		},
		curate_discard: {
			en: "Discard all",
			ja: "すべて破棄"
		},
		curate_discardConfirm: {
			en: "Really discard all changes",
			ja: "本当にすべて破棄する"
		},
		curate_keep: {
			en: "Keep them",
			ja: "残す"
		},
		curate_files: {
			en: "Changed files",
			ja: "変更されるファイル"
		},
		curate_since: {
			en: "Relations added since",
			ja: "この日以降に追加された関係"
		},
		curate_reviewOnly: {
			en: "Show only these relations on the graph",
			ja: "グラフにはこれらの関係のみ表示"
		},
		curate_noneSince: {
			en: "None.",
			ja: "ありません。"
		},
		curate_refused: {
			en: "Not applied:",
			ja: "適用されませんでした："
		},
		curate_evidence: {
			en: "Evidence",
			ja: "根拠"
		},
		curate_source: {
			en: "Source",
			ja: "ソース"
		},
		outlineText: {
			en: "Text as outlines",
			ja: "文字をアウトライン化"
		},
		outlineTextHint: {
			en: "Letters drawn as shapes from Noto Sans JP: the SVG looks the same in any program, even without Japanese fonts; the words stay in the file for search and screen readers",
			ja: "文字を Noto Sans JP の図形として描きます。日本語フォントのない環境や他のソフトでも同じ見た目になり、文字列は検索・読み上げ用にファイル内に残ります"
		},
		exportFontFailed: {
			en: "The font Noto Sans JP could not be loaded, so no {format} was made ({detail}). Check the connection and try again, or choose PNG.",
			ja: "フォント Noto Sans JP を読み込めなかったため、{format} を作成できませんでした（{detail}）。接続を確認して再試行するか、PNG を選んでください。"
		},
		exportModuleFailed: {
			en: "The {format} exporter could not be loaded ({detail}). Reload the page and try again.",
			ja: "{format} の書き出し機能を読み込めませんでした（{detail}）。ページを再読み込みして再試行してください。"
		}
	};
	// src/i18n/catalog.ts
	/** The BCP 47 locale of each interface language (number formats, plural rules, lang attributes). */
	const LOCALES = {
		en: "en-US",
		ja: "ja-JP"
	};
	const numberFormats = {
		en: new Intl.NumberFormat(LOCALES.en),
		ja: new Intl.NumberFormat(LOCALES.ja)
	};
	const pluralRules = {
		en: new Intl.PluralRules(LOCALES.en),
		ja: new Intl.PluralRules(LOCALES.ja)
	};
	/** 1000 → "1,000" in either language. */
	function formatNumber(language, n) {
		return numberFormats[language].format(n);
	}
	/** The CLDR plural category of a count: 'one' or 'other' in English, always 'other' in Japanese. */
	function pluralCategory(language, n) {
		return pluralRules[language].select(n);
	}
	const PLACEHOLDER = /\{(\w+)\}/g;
	function t(language, key, ...args) {
		const entry = MESSAGES[key];
		if (!entry) throw new Error(`i18n: expected a catalog key, got "${String(key)}"`);
		const params = args[0] ?? {};
		const forms = entry[language];
		let text;
		if (typeof forms === "string") text = forms;
		else {
			const count = params.count;
			if (typeof count !== "number") throw new Error(`i18n: "${String(key)}" expected a numeric count, got ${String(count)}`);
			text = forms[pluralCategory(language, count)] ?? forms.other;
		}
		return text.replace(PLACEHOLDER, (whole, name) => {
			const value = params[name];
			if (value === void 0) throw new Error(`i18n: "${String(key)}" expected a value for {${name}}, got none`);
			return typeof value === "number" ? formatNumber(language, value) : value;
		});
	}
	/** Joins list items the way the language does: "a, b, c" / 「a、b、c」. */
	function joinList(language, items) {
		return items.join(t(language, "listSeparator"));
	}
	/** Alternatives the way the language lists them: "a, b or c" / 「a、b、c」 (the sentence says "one of"). */
	function joinAlternatives(language, items) {
		if (items.length < 2) return items[0] ?? "";
		return t(language, "listOr", {
			items: joinList(language, items.slice(0, -1)),
			last: items[items.length - 1]
		});
	}
	// src/graph/analysis-messages.ts
	/** The actor's label in `language` (the other language's, or the id, when empty); `"id"` when absent. */
	function actorLabel(graph, id, language) {
		if (!graph.hasNode(id)) return `"${id}"`;
		const label = text(graph.getNodeAttribute(id, "label"));
		const labelJa = text(graph.getNodeAttribute(id, "labelJa"));
		return (language === "ja" ? labelJa || label : label || labelJa) || id;
	}
	const text = (value) => typeof value === "string" ? value : "";
	/** Namer of a graph's actors in a language; without a graph, ids in quotes. */
	function namerOf(graph, language) {
		return graph ? (id) => actorLabel(graph, id, language) : (id) => `"${id}"`;
	}
	/** A date range in a message: "2025 – 2026", "up to 1950", "2030 onward" (null ends are open). */
	function dateRange(l, from, to) {
		if (from === to) return from ?? "";
		if (from === null) return t(l, "dateUpTo", { to });
		if (to === null) return t(l, "dateOnward", { from });
		return t(l, "dateSpan", {
			from,
			to
		});
	}
	/** What an option must be, as its catalog message. */
	function invalidOption(l, p) {
		const { option, got } = p;
		switch (p.rule.kind) {
			case "one-of": return t(l, "notice_invalidOption_oneOf", {
				option,
				values: joinAlternatives(l, p.rule.values),
				got
			});
			case "positive-integer": return t(l, "notice_invalidOption_positiveInteger", {
				option,
				got
			});
			case "whole-number": return t(l, "notice_invalidOption_wholeNumber", {
				option,
				got
			});
			case "unit-interval": return t(l, "notice_invalidOption_unitInterval", {
				option,
				got
			});
			case "positive-number": return t(l, "notice_invalidOption_positiveNumber", {
				option,
				got
			});
			case "number": return t(l, "notice_invalidOption_number", {
				option,
				got
			});
		}
	}
	/** Each code's catalog message (the text after the module name), actors named by `name`. */
	const RENDER = {
		"unknown-actor": (p, l) => t(l, "notice_unknownActor", { actor: p.actor }),
		"hidden-actor": (p, l, name) => t(l, "notice_hiddenActor", { actor: name(p.actor) }),
		"folded-actor": (p, l, name) => t(l, "notice_foldedActor", {
			actor: name(p.actor),
			into: name(p.into)
		}),
		"same-actor": (p, l, name) => p.actor === void 0 ? t(l, "notice_sameActor") : t(l, "notice_sameActorNamed", { actor: name(p.actor) }),
		"no-path": (p, l, name) => t(l, "notice_noPath", {
			from: name(p.from),
			to: name(p.to)
		}),
		"no-relations": (_p, l) => t(l, "notice_noRelations"),
		"no-actors": (_p, l) => t(l, "notice_noActors"),
		"no-actors-to-group": (_p, l) => t(l, "notice_noActorsToGroup"),
		"no-dated-relations": (_p, l) => t(l, "notice_noDatedRelations"),
		"invalid-option": (p, l) => invalidOption(l, p),
		"invalid-date": (p, l) => t(l, "notice_invalidDate", { value: p.value }),
		"reversed-range": (p, l) => t(l, "notice_reversedRange", {
			from: p.from,
			to: p.to
		}),
		"outside-data": (p, l) => t(l, "notice_outsideData", {
			range: dateRange(l, p.from, p.to),
			dataRange: dateRange(l, p.min, p.max)
		}),
		"no-graph": (_p, l) => t(l, "notice_noGraph"),
		internal: (p, l) => t(l, "notice_internal", { detail: p.detail })
	};
	Object.keys(RENDER);
	/** A notice as one sentence in `language`, starting with the analysis it comes from. */
	function renderNotice(notice, language, name) {
		const render = RENDER[notice.code];
		return t(language, "noticeLine", {
			module: t(language, `module_${notice.module}`),
			text: render(notice.params, language, name)
		});
	}
	/** The English text of a notice, actors named by their English labels in `graph`. */
	function englishText(notice, graph) {
		return renderNotice(notice, "en", namerOf(graph, "en"));
	}
	// src/graph/random.ts
	/** mulberry32: a tiny 32-bit generator; returns floats in [0, 1). */
	function mulberry32(seed) {
		let a = seed >>> 0;
		return () => {
			a = a + 1831565813 >>> 0;
			let t = a;
			t = Math.imul(t ^ t >>> 15, t | 1);
			t ^= t + Math.imul(t ^ t >>> 7, t | 61);
			return ((t ^ t >>> 14) >>> 0) / 4294967296;
		};
	}
	// src/graph/analysis-result.ts
	const REASONS = {
		"unknown-actor": "unknown-actor",
		"hidden-actor": "hidden-actor",
		"folded-actor": "folded-actor",
		"same-actor": "same-actor",
		"no-path": "no-path",
		"no-relations": "empty-visible",
		"no-actors": "empty-visible",
		"no-actors-to-group": "empty-visible",
		"no-dated-relations": "empty-visible",
		"invalid-option": "invalid-option",
		"invalid-date": "invalid-date",
		"reversed-range": "reversed-range",
		"outside-data": "outside-data"
	};
	/**
	* The failure of an analysis: its reason follows from the notice's code, and its English message
	* names actors by their English labels in `graph` (ids in quotes without a graph).
	*/
	function fail(notice, graph) {
		return {
			ok: false,
			reason: REASONS[notice.code],
			message: englishText(notice, graph),
			notice
		};
	}
	/** A node takes part when it is visible. */
	function nodeUsable(node, scope) {
		return scope.visibleNodes === void 0 || scope.visibleNodes.has(node);
	}
	/** An edge takes part when it is visible and both its ends are. */
	function edgeUsable(edge, source, target, scope) {
		return (scope.visibleEdges === void 0 || scope.visibleEdges.has(edge)) && nodeUsable(source, scope) && nodeUsable(target, scope);
	}
	/** Checks that an actor exists and is visible; returns a failure naming the module otherwise. */
	function checkActor(module, graph, node, scope) {
		if (!graph.hasNode(node)) return fail({
			module,
			code: "unknown-actor",
			params: { actor: node }
		}, graph);
		if (!nodeUsable(node, scope)) return fail({
			module,
			code: "hidden-actor",
			params: { actor: node }
		}, graph);
		return null;
	}
	/** True when the scope leaves no edge at all (an empty filter). */
	function scopeHasNoEdges(scope) {
		return scope.visibleEdges !== void 0 && scope.visibleEdges.size === 0;
	}
	const byString = (a, b) => a < b ? -1 : a > b ? 1 : 0;
	// src/model/vocabulary.ts
	const ACTOR_KINDS = [
		"state",
		"organization",
		"person",
		"agreement",
		"group"
	];
	const AGENTS = [
		"state",
		"organization",
		"person",
		"group"
	];
	const AGENTS_OR_AGREEMENT = [...AGENTS, "agreement"];
	const RELATION_INFO = {
		represents: {
			directed: true,
			sign: 0,
			sourceKinds: ["person"],
			targetKinds: ["state", "organization"],
			en: "Represents",
			ja: "代表・所属"
		},
		member_of: {
			directed: true,
			sign: 0,
			sourceKinds: AGENTS,
			targetKinds: ["organization", "agreement"],
			en: "Member of",
			ja: "加盟・参加"
		},
		alliance: {
			directed: false,
			sign: 1,
			en: "Alliance",
			ja: "同盟"
		},
		partnership: {
			directed: false,
			sign: 1,
			en: "Partnership",
			ja: "パートナーシップ"
		},
		cooperation: {
			directed: false,
			sign: 1,
			en: "Cooperation",
			ja: "協力"
		},
		support: {
			directed: true,
			sign: 1,
			targetKinds: AGENTS_OR_AGREEMENT,
			en: "Support",
			ja: "支援"
		},
		trade: {
			directed: true,
			sign: 1,
			en: "Trade",
			ja: "貿易・経済"
		},
		negotiation: {
			directed: false,
			sign: 0,
			targetKinds: AGENTS_OR_AGREEMENT,
			en: "Negotiation",
			ja: "交渉・会談"
		},
		proposal: {
			directed: true,
			sign: 0,
			targetKinds: AGENTS_OR_AGREEMENT,
			en: "Proposal",
			ja: "提案"
		},
		criticism: {
			directed: true,
			sign: -1,
			targetKinds: AGENTS_OR_AGREEMENT,
			en: "Criticism",
			ja: "批判"
		},
		pressure: {
			directed: true,
			sign: -1,
			en: "Pressure",
			ja: "圧力"
		},
		sanction: {
			directed: true,
			sign: -1,
			en: "Sanction",
			ja: "制裁"
		},
		conflict: {
			directed: false,
			sign: -1,
			en: "Conflict",
			ja: "武力紛争"
		},
		dispute: {
			directed: false,
			sign: -1,
			en: "Dispute",
			ja: "係争・対立"
		}
	};
	// src/graph/signed.ts
	const DEFAULT_CERTAINTY_WEIGHTS = {
		confirmed: 1,
		reported: .5,
		speculative: .25
	};
	const DEFAULT_STATUS_WEIGHTS = {
		active: 1,
		ended: .5,
		planned: .5,
		proposed: .25,
		threatened: .25
	};
	/**
	* Magnitude per relation type; unlisted signed types weigh 1. A treaty alliance and an armed
	* conflict outweigh a partnership or sanctions, which outweigh a statement, an act of pressure or
	* a trade link, so that a tariff threat and a complaint do not turn treaty allies into adversaries.
	*/
	const DEFAULT_RELATION_WEIGHTS = {
		alliance: 4,
		conflict: 4,
		partnership: 2,
		sanction: 2,
		cooperation: 1,
		support: 1,
		dispute: 1,
		criticism: .5,
		pressure: .5,
		trade: .5
	};
	/** Weights below this magnitude count as no tie. */
	const WEIGHT_EPSILON = 1e-9;
	const MEMBERSHIP = "member_of";
	const REPRESENTS = "represents";
	function relationSign(relation) {
		const info = RELATION_INFO[relation];
		return info ? info.sign : 0;
	}
	function round$2(value) {
		return Math.round(value * 0xe8d4a51000) / 0xe8d4a51000;
	}
	const VOCABULARY_KINDS = new Set(ACTOR_KINDS);
	function takesPart(kinds, kind) {
		const k = String(kind);
		return kinds.has(k) || !VOCABULARY_KINDS.has(k);
	}
	function signedProjection(graph, options = {}) {
		const certaintyWeights = {
			...DEFAULT_CERTAINTY_WEIGHTS,
			...options.certaintyWeights
		};
		const statusWeights = {
			...DEFAULT_STATUS_WEIGHTS,
			...options.statusWeights
		};
		const relationWeights = {
			...DEFAULT_RELATION_WEIGHTS,
			...options.relationWeights
		};
		const membershipWeight = options.membershipWeight ?? .05;
		const memberTieWeight = options.memberTieWeight ?? 1;
		const scaling = options.membershipScaling ?? "size";
		const factor = (attrs) => (certaintyWeights[String(attrs.certainty)] ?? 1) * (statusWeights[String(attrs.status)] ?? 1);
		const isVertex = (node) => nodeUsable(node, options) && (options.kinds === void 0 || takesPart(options.kinds, graph.getNodeAttribute(node, "kind")));
		const folded = /* @__PURE__ */ new Map();
		if (options.foldPersons) graph.forEachNode((node, attrs) => {
			if (attrs.kind !== "person" || !isVertex(node)) return;
			for (const edge of graph.outEdges(node)) {
				const a = graph.getEdgeAttributes(edge);
				const target = graph.target(edge);
				if (a.relation === REPRESENTS && a.status === "active" && a.certainty === "confirmed" && target !== node && isVertex(target)) {
					folded.set(node, target);
					return;
				}
			}
		});
		const resolve = (node) => folded.get(node) ?? node;
		const nodes = [];
		graph.forEachNode((node) => {
			if (isVertex(node) && !folded.has(node)) nodes.push(node);
		});
		nodes.sort(byString);
		const adjacency = /* @__PURE__ */ new Map();
		for (const n of nodes) adjacency.set(n, /* @__PURE__ */ new Map());
		const ties = [];
		const tieFor = (x, y) => {
			const [a, b] = x < y ? [x, y] : [y, x];
			const row = adjacency.get(a);
			let tie = row.get(b);
			if (!tie) {
				tie = {
					a,
					b,
					weight: 0,
					positive: 0,
					negative: 0,
					evidence: []
				};
				row.set(b, tie);
				adjacency.get(b).set(a, tie);
				ties.push(tie);
			}
			return tie;
		};
		const add = (tie, evidence) => {
			tie.evidence.push(evidence);
			if (evidence.contribution >= 0) tie.positive += evidence.contribution;
			else tie.negative += evidence.contribution;
		};
		const groups = /* @__PURE__ */ new Map();
		graph.forEachEdge((edge, attrs, source, target) => {
			if (!edgeUsable(edge, source, target, options)) return;
			const relation = String(attrs.relation);
			if (relation === MEMBERSHIP) {
				if (!isVertex(source)) return;
				const member = resolve(source);
				const direct = memberTieWeight * factor(attrs);
				if (direct !== 0 && isVertex(target) && member !== target) add(tieFor(member, target), {
					kind: "direct",
					relation,
					edges: [edge],
					contribution: direct
				});
				let members = groups.get(target);
				if (!members) groups.set(target, members = /* @__PURE__ */ new Map());
				const entry = members.get(member);
				const f = factor(attrs);
				if (entry) {
					entry.factor = Math.max(entry.factor, f);
					entry.edges.push(edge);
				} else members.set(member, {
					factor: f,
					edges: [edge]
				});
				return;
			}
			const sign = relationSign(relation);
			if (sign === 0 || !isVertex(source) || !isVertex(target)) return;
			const s = resolve(source);
			const t = resolve(target);
			if (s === t) return;
			const magnitude = (relationWeights[relation] ?? 1) * factor(attrs);
			if (magnitude === 0) return;
			add(tieFor(s, t), {
				kind: "direct",
				relation,
				edges: [edge],
				contribution: sign * magnitude
			});
		});
		for (const [via, members] of [...groups].sort((x, y) => byString(x[0], y[0]))) {
			const list = [...members].sort((x, y) => byString(x[0], y[0]));
			if (list.length < 2) continue;
			const scale = scaling === "size" ? 1 / (list.length - 1) : 1;
			for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
				const [m1, e1] = list[i];
				const [m2, e2] = list[j];
				const contribution = membershipWeight * Math.min(e1.factor, e2.factor) * scale;
				if (contribution === 0) continue;
				add(tieFor(m1, m2), {
					kind: "co-membership",
					relation: MEMBERSHIP,
					edges: [...e1.edges, ...e2.edges],
					via,
					contribution
				});
			}
		}
		for (const tie of ties) {
			tie.positive = round$2(tie.positive);
			tie.negative = round$2(tie.negative);
			tie.weight = round$2(tie.positive + tie.negative);
		}
		ties.sort((x, y) => byString(x.a, y.a) || byString(x.b, y.b));
		return {
			nodes,
			ties,
			adjacency,
			folded
		};
	}
	/** Every relation id behind a tie, sorted and without repeats. */
	function tieEdgeIds(tie) {
		const ids = /* @__PURE__ */ new Set();
		for (const ev of tie.evidence) for (const e of ev.edges) ids.add(e);
		return [...ids].sort(byString);
	}
	/** Contributions smaller than this (in score units) are near zero: not listed, not support. */
	const MIN_CONTRIBUTION = .005;
	function checkAlpha(alpha) {
		return alpha >= 0 && alpha <= 1 ? null : fail({
			module: "alignment",
			code: "invalid-option",
			params: {
				option: "directWeight",
				rule: { kind: "unit-interval" },
				got: String(alpha)
			}
		});
	}
	function checkMember(signed, node, options) {
		if (signed.adjacency.has(node)) return null;
		const graph = options.graph;
		const into = signed.folded.get(node);
		if (into !== void 0) return fail({
			module: "alignment",
			code: "folded-actor",
			params: {
				actor: node,
				into
			}
		}, graph);
		if (graph?.hasNode(node)) return fail({
			module: "alignment",
			code: "hidden-actor",
			params: { actor: node }
		}, graph);
		return fail({
			module: "alignment",
			code: "unknown-actor",
			params: { actor: node }
		}, graph);
	}
	/** Squared norm of every actor's profile, computed once per projection. */
	const norms = /* @__PURE__ */ new WeakMap();
	function norm2(signed, node) {
		let cache = norms.get(signed);
		if (!cache) {
			cache = /* @__PURE__ */ new Map();
			for (const [n, row] of signed.adjacency) {
				let s = 0;
				for (const t of row.values()) s += t.weight * t.weight;
				cache.set(n, s);
			}
			norms.set(signed, cache);
		}
		return cache.get(node) ?? 0;
	}
	const byMagnitude = (x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || byString(x.actor, y.actor);
	function alignmentScore(signed, a, b, options = {}) {
		const alpha = options.directWeight ?? .5;
		const problem = checkAlpha(alpha) ?? checkMember(signed, a, options) ?? checkMember(signed, b, options);
		if (problem) return problem;
		if (a === b) return fail({
			module: "alignment",
			code: "same-actor",
			params: {}
		});
		const rowA = signed.adjacency.get(a);
		const rowB = signed.adjacency.get(b);
		const direct = rowA.get(b)?.weight ?? 0;
		const directEvidence = [...rowA.get(b)?.evidence ?? []].sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution));
		let na = 0;
		let nb = 0;
		const keys = /* @__PURE__ */ new Set();
		for (const [k, t] of rowA) if (k !== b && Math.abs(t.weight) > 1e-9) keys.add(k);
		for (const [k, t] of rowB) if (k !== a && Math.abs(t.weight) > 1e-9) keys.add(k);
		const sorted = [...keys].sort(byString);
		for (const k of sorted) {
			const wa = rowA.get(k)?.weight ?? 0;
			const wb = rowB.get(k)?.weight ?? 0;
			na += wa * wa;
			nb += wb * wb;
		}
		const denominator = Math.sqrt(na) * Math.sqrt(nb);
		const sharedAllies = [];
		const sharedAdversaries = [];
		const opposed = [];
		let dot = 0;
		let negligible = 0;
		let negligibleContribution = 0;
		if (denominator > 0) for (const k of sorted) {
			const wa = rowA.get(k)?.weight ?? 0;
			const wb = rowB.get(k)?.weight ?? 0;
			if (Math.abs(wa) <= 1e-9 || Math.abs(wb) <= 1e-9) continue;
			dot += wa * wb;
			const entry = {
				actor: k,
				weightA: wa,
				weightB: wb,
				contribution: (1 - alpha) * wa * wb / denominator
			};
			if (Math.abs(entry.contribution) < .005) {
				negligible++;
				negligibleContribution += entry.contribution;
			} else if (wa > 0 && wb > 0) sharedAllies.push(entry);
			else if (wa < 0 && wb < 0) sharedAdversaries.push(entry);
			else opposed.push(entry);
		}
		const cosine = denominator > 0 ? Math.max(-1, Math.min(1, dot / denominator)) : 0;
		const directContribution = alpha * Math.tanh(direct);
		const score = Math.max(-1, Math.min(1, (1 - alpha) * cosine + directContribution));
		sharedAllies.sort(byMagnitude);
		sharedAdversaries.sort(byMagnitude);
		opposed.sort(byMagnitude);
		return {
			ok: true,
			a,
			b,
			score,
			cosine,
			direct,
			directEvidence,
			directContribution,
			sharedAllies,
			sharedAdversaries,
			opposed,
			negligible,
			negligibleContribution
		};
	}
	function rankAlignment(signed, actor, options = {}) {
		const alpha = options.directWeight ?? .5;
		const limit = options.limit ?? 10;
		const problem = checkAlpha(alpha) ?? checkMember(signed, actor, options);
		if (problem) return problem;
		if (!Number.isInteger(limit) || limit < 1) return fail({
			module: "alignment",
			code: "invalid-option",
			params: {
				option: "limit",
				rule: { kind: "positive-integer" },
				got: String(limit)
			}
		});
		const rowA = signed.adjacency.get(actor);
		const normA2 = norm2(signed, actor);
		const products = /* @__PURE__ */ new Map();
		for (const [k, tk] of rowA) {
			if (Math.abs(tk.weight) <= 1e-9) continue;
			for (const [b, tb] of signed.adjacency.get(k) ?? []) {
				if (b === actor || Math.abs(tb.weight) <= 1e-9) continue;
				const list = products.get(b);
				if (list) list.push(tk.weight * tb.weight);
				else products.set(b, [tk.weight * tb.weight]);
			}
		}
		for (const b of rowA.keys()) if (!products.has(b)) products.set(b, []);
		const entries = [];
		let unsupported = 0;
		for (const [b, list] of products) {
			if (options.candidates && !options.candidates.has(b)) continue;
			const direct = rowA.get(b)?.weight ?? 0;
			const na = Math.max(0, normA2 - direct * direct);
			const nb = Math.max(0, norm2(signed, b) - direct * direct);
			const denominator = Math.sqrt(na) * Math.sqrt(nb);
			const d = list.reduce((sum, p) => sum + p, 0);
			const cosine = denominator > 1e-9 ? Math.max(-1, Math.min(1, d / denominator)) : 0;
			const score = Math.max(-1, Math.min(1, (1 - alpha) * cosine + alpha * Math.tanh(direct)));
			if (Math.abs(score) <= 1e-9) continue;
			const shared = denominator > 1e-9 ? list.filter((p) => Math.abs((1 - alpha) * p / denominator) >= MIN_CONTRIBUTION).length : 0;
			if (Math.abs(direct) >= 1 || shared >= 3) entries.push({
				actor: b,
				score
			});
			else unsupported++;
		}
		return {
			ok: true,
			actor,
			mostAligned: entries.filter((e) => e.score > 0).sort((x, y) => y.score - x.score || byString(x.actor, y.actor)).slice(0, limit),
			mostOpposed: entries.filter((e) => e.score < 0).sort((x, y) => x.score - y.score || byString(x.actor, y.actor)).slice(0, limit),
			scored: entries.length + unsupported,
			unsupported
		};
	}
	function analyseBalance(signed, options = {}) {
		const limit = options.limit ?? 100;
		if (!Number.isInteger(limit) || limit < 0) return fail({
			module: "balance",
			code: "invalid-option",
			params: {
				option: "limit",
				rule: { kind: "whole-number" },
				got: String(limit)
			}
		});
		if (signed.nodes.length === 0) return fail({
			module: "balance",
			code: "no-actors",
			params: {}
		});
		const n = signed.nodes.length;
		const index = new Map(signed.nodes.map((id, i) => [id, i]));
		const adjacency = Array.from({ length: n }, () => []);
		for (const t of signed.ties) {
			if (Math.abs(t.weight) <= 1e-9) continue;
			const a = index.get(t.a);
			const b = index.get(t.b);
			adjacency[a].push([b, t]);
			adjacency[b].push([a, t]);
		}
		const rank = (i) => adjacency[i].length * n + i;
		const out = adjacency.map((list, i) => list.filter(([j]) => rank(j) > rank(i)));
		const mark = /* @__PURE__ */ new Map();
		let triangles = 0;
		let balanced = 0;
		let weightAll = 0;
		let weightBalanced = 0;
		const found = [];
		let membershipSkipped = 0;
		const onlyMembership = (t) => t.evidence.every((ev) => ev.relation === "member_of");
		for (let u = 0; u < n; u++) {
			mark.clear();
			for (const [w, t] of out[u]) mark.set(w, t);
			for (const [v, tuv] of out[u]) for (const [w, tvw] of out[v]) {
				const tuw = mark.get(w);
				if (!tuw) continue;
				const ties = [
					tuv,
					tvw,
					tuw
				];
				if (!options.membershipTriangles && ties.filter(onlyMembership).length >= 2) {
					membershipSkipped++;
					continue;
				}
				triangles++;
				const negatives = ties.filter((t) => t.weight < 0).length;
				const weight = Math.min(...ties.map((t) => Math.abs(t.weight)));
				weightAll += weight;
				if (negatives % 2 === 0 || options.weak === true && negatives === 3) {
					balanced++;
					weightBalanced += weight;
				} else found.push(makeTriad(ties, negatives, weight));
			}
		}
		found.sort((x, y) => y.weight - x.weight || y.totalWeight - x.totalWeight || byString(x.nodes.join("\0"), y.nodes.join("\0")));
		return {
			ok: true,
			triangles,
			balanced,
			unbalancedCount: triangles - balanced,
			balanceIndex: triangles > 0 ? clamp01(weightBalanced / weightAll) : null,
			countIndex: triangles > 0 ? balanced / triangles : null,
			unbalanced: found.slice(0, limit),
			membershipSkipped
		};
	}
	function clamp01(x) {
		return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1;
	}
	function makeTriad(ties, negatives, weight) {
		const nodes = [...new Set(ties.flatMap((t) => [t.a, t.b]))].sort(byString);
		const pair = (x, y) => {
			const t = ties.find((tie) => tie.a === x && tie.b === y || tie.a === y && tie.b === x);
			if (!t) throw new Error("balance: internal error, triangle without its tie");
			return {
				a: x,
				b: y,
				weight: t.weight,
				sign: t.weight > 0 ? 1 : -1,
				edgeIds: tieEdgeIds(t)
			};
		};
		const [n0, n1, n2] = nodes;
		return {
			nodes,
			pairs: [
				pair(n0, n1),
				pair(n0, n2),
				pair(n1, n2)
			],
			negatives,
			weight,
			totalWeight: ties.reduce((s, t) => s + Math.abs(t.weight), 0)
		};
	}
	// src/graph/blocs.ts
	const EPS = 1e-12;
	function baseLevel(signed, index) {
		const n = signed.nodes.length;
		const degree = new Int32Array(n);
		const ties = signed.ties.filter((t) => Math.abs(t.weight) > WEIGHT_EPSILON);
		for (const t of ties) {
			degree[index.get(t.a)]++;
			degree[index.get(t.b)]++;
		}
		const offsets = new Int32Array(n + 1);
		for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
		const fill = offsets.slice(0, n);
		const m2 = offsets[n];
		const neighbours = new Int32Array(m2);
		const pos = new Float64Array(m2);
		const neg = new Float64Array(m2);
		const sp = new Float64Array(n);
		const sn = new Float64Array(n);
		for (const t of ties) {
			const a = index.get(t.a);
			const b = index.get(t.b);
			const p = Math.max(t.weight, 0);
			const q = Math.max(-t.weight, 0);
			for (const [x, y] of [[a, b], [b, a]]) {
				const k = fill[x]++;
				neighbours[k] = y;
				pos[k] = p;
				neg[k] = q;
				sp[x] += p;
				sn[x] += q;
			}
		}
		return {
			n,
			offsets,
			neighbours,
			pos,
			neg,
			sp,
			sn
		};
	}
	/**
	* Local moving on one level: returns the community of each node (0..k-1, renumbered in order of
	* first appearance) and whether any node moved.
	*/
	function localMoves(level, model, random) {
		const { n, offsets, neighbours, pos, neg, sp, sn } = level;
		const comm = new Int32Array(n);
		const Sp = new Float64Array(n);
		const Sn = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			comm[i] = i;
			Sp[i] = sp[i];
			Sn[i] = sn[i];
		}
		const order = new Int32Array(n);
		for (let i = 0; i < n; i++) order[i] = i;
		for (let i = n - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			const t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		const size = new Int32Array(n).fill(1);
		const empty = [];
		const kp = new Float64Array(n);
		const kn = new Float64Array(n);
		const touched = [];
		const queue = new Int32Array(n);
		const queued = new Uint8Array(n).fill(1);
		queue.set(order);
		let head = 0;
		let pending = n;
		let visits = 0;
		const maxVisits = 1e3 * Math.max(n, 1);
		while (pending > 0 && visits < maxVisits) {
			visits++;
			const i = queue[head];
			head = (head + 1) % n;
			pending--;
			queued[i] = 0;
			const c0 = comm[i];
			for (let k = offsets[i]; k < offsets[i + 1]; k++) {
				const c = comm[neighbours[k]];
				if (kp[c] === 0 && kn[c] === 0) touched.push(c);
				kp[c] += pos[k];
				kn[c] += neg[k];
			}
			Sp[c0] -= sp[i];
			Sn[c0] -= sn[i];
			size[c0]--;
			const spi = sp[i];
			const sni = sn[i];
			let best = c0;
			let bestGain = kp[c0] - kn[c0] - spi * Sp[c0] * model.cp + sni * Sn[c0] * model.cn;
			for (const c of touched) {
				const g = kp[c] - kn[c] - spi * Sp[c] * model.cp + sni * Sn[c] * model.cn;
				if (g > bestGain + EPS) {
					best = c;
					bestGain = g;
				}
			}
			if (bestGain < -1e-12) best = size[c0] === 0 ? c0 : empty.pop();
			for (const c of touched) {
				kp[c] = 0;
				kn[c] = 0;
			}
			touched.length = 0;
			comm[i] = best;
			Sp[best] += spi;
			Sn[best] += sni;
			size[best]++;
			if (best !== c0) {
				if (size[c0] === 0) empty.push(c0);
				for (let k = offsets[i]; k < offsets[i + 1]; k++) {
					const j = neighbours[k];
					if (queued[j] || comm[j] === best) continue;
					queued[j] = 1;
					queue[(head + pending) % n] = j;
					pending++;
				}
			}
		}
		const renumber = new Int32Array(n).fill(-1);
		let k = 0;
		for (let i = 0; i < n; i++) {
			const c = comm[i];
			if (renumber[c] === -1) renumber[c] = k++;
			comm[i] = renumber[c];
		}
		return [comm, k];
	}
	function aggregate(level, comm, k) {
		const sp = new Float64Array(k);
		const sn = new Float64Array(k);
		const rows = Array.from({ length: k }, () => /* @__PURE__ */ new Map());
		for (let i = 0; i < level.n; i++) {
			const ci = comm[i];
			sp[ci] += level.sp[i];
			sn[ci] += level.sn[i];
			const row = rows[ci];
			for (let e = level.offsets[i]; e < level.offsets[i + 1]; e++) {
				const cj = comm[level.neighbours[e]];
				if (cj === ci) continue;
				const cell = row.get(cj);
				if (cell) {
					cell[0] += level.pos[e];
					cell[1] += level.neg[e];
				} else row.set(cj, [level.pos[e], level.neg[e]]);
			}
		}
		const offsets = new Int32Array(k + 1);
		for (let c = 0; c < k; c++) offsets[c + 1] = offsets[c] + rows[c].size;
		const m2 = offsets[k];
		const neighbours = new Int32Array(m2);
		const pos = new Float64Array(m2);
		const neg = new Float64Array(m2);
		for (let c = 0; c < k; c++) {
			let e = offsets[c];
			for (const [d, [p, q]] of [...rows[c]].sort((x, y) => x[0] - y[0])) {
				neighbours[e] = d;
				pos[e] = p;
				neg[e] = q;
				e++;
			}
		}
		return {
			n: k,
			offsets,
			neighbours,
			pos,
			neg,
			sp,
			sn
		};
	}
	/** Moves single actors when frustration falls without modularity falling, or the reverse. */
	function refine(level, comm, model) {
		const { n, offsets, neighbours, pos, neg, sp, sn } = level;
		const Sp = new Float64Array(n);
		const Sn = new Float64Array(n);
		const size = new Int32Array(n);
		for (let i = 0; i < n; i++) {
			Sp[comm[i]] += sp[i];
			Sn[comm[i]] += sn[i];
			size[comm[i]]++;
		}
		const empty = [];
		for (let c = 0; c < n; c++) if (size[c] === 0) empty.push(c);
		const kp = new Float64Array(n);
		const kn = new Float64Array(n);
		const touched = [];
		for (let pass = 0; pass < 100; pass++) {
			let moved = 0;
			for (let i = 0; i < n; i++) {
				const c0 = comm[i];
				touched.push(c0);
				for (let k = offsets[i]; k < offsets[i + 1]; k++) {
					const c = comm[neighbours[k]];
					if (kp[c] === 0 && kn[c] === 0 && c !== c0) touched.push(c);
					kp[c] += pos[k];
					kn[c] += neg[k];
				}
				Sp[c0] -= sp[i];
				Sn[c0] -= sn[i];
				const q = (c) => kp[c] - kn[c] - sp[i] * Sp[c] * model.cp + sn[i] * Sn[c] * model.cn;
				const f = (c) => sp[i] - kp[c] + kn[c];
				const q0 = q(c0);
				const f0 = f(c0);
				let best = c0;
				let bestDf = 0;
				let bestDq = 0;
				const consider = (c, dq, df) => {
					if (!(dq >= -1e-12 && df < -1e-12 || dq > EPS && df <= EPS)) return;
					if (df < bestDf - EPS || Math.abs(df - bestDf) <= EPS && dq > bestDq + EPS) {
						best = c;
						bestDf = df;
						bestDq = dq;
					}
				};
				for (const c of touched) if (c !== c0) consider(c, q(c) - q0, f(c) - f0);
				if (size[c0] > 1) consider(-1, 0 - q0, sp[i] - f0);
				for (const c of touched) {
					kp[c] = 0;
					kn[c] = 0;
				}
				touched.length = 0;
				if (best === -1) best = empty.pop();
				Sp[best] += sp[i];
				Sn[best] += sn[i];
				if (best !== c0) {
					size[c0]--;
					size[best]++;
					if (size[c0] === 0) empty.push(c0);
					comm[i] = best;
					moved++;
				}
			}
			if (moved === 0) break;
		}
	}
	function detectBlocs(signed, options = {}) {
		const seed = options.seed ?? 1;
		const resolution = options.resolution ?? 1;
		if (!Number.isFinite(seed)) return fail({
			module: "blocs",
			code: "invalid-option",
			params: {
				option: "seed",
				rule: { kind: "number" },
				got: String(seed)
			}
		});
		if (!(resolution > 0)) return fail({
			module: "blocs",
			code: "invalid-option",
			params: {
				option: "resolution",
				rule: { kind: "positive-number" },
				got: String(resolution)
			}
		});
		if (signed.nodes.length === 0) return fail({
			module: "blocs",
			code: "no-actors-to-group",
			params: {}
		});
		const index = new Map(signed.nodes.map((id, i) => [id, i]));
		const base = baseLevel(signed, index);
		let total2p = 0;
		let total2n = 0;
		for (let i = 0; i < base.n; i++) {
			total2p += base.sp[i];
			total2n += base.sn[i];
		}
		const model = {
			cp: total2p > 0 ? resolution / total2p : 0,
			cn: total2n > 0 ? resolution / total2n : 0
		};
		const random = mulberry32(seed);
		const membership = new Int32Array(base.n);
		for (let i = 0; i < base.n; i++) membership[i] = i;
		let level = base;
		for (let depth = 0; depth < 100; depth++) {
			const [comm, k] = localMoves(level, model, random);
			for (let i = 0; i < base.n; i++) membership[i] = comm[membership[i]];
			options.onProgress?.({
				phase: "louvain",
				level: depth,
				blocs: k
			});
			if (k === level.n) break;
			level = aggregate(level, comm, k);
		}
		if (!options.skipRefinement) {
			options.onProgress?.({
				phase: "refine",
				level: 0,
				blocs: new Set(membership).size
			});
			refine(base, membership, model);
		}
		return {
			ok: true,
			...describePartition(signed, index, membership, base, total2p, total2n, resolution),
			seed
		};
	}
	function describePartition(signed, index, membership, base, total2p, total2n, resolution) {
		const groups = /* @__PURE__ */ new Map();
		signed.nodes.forEach((id, i) => {
			const c = membership[i];
			const list = groups.get(c);
			if (list) list.push(id);
			else groups.set(c, [id]);
		});
		const ordered = [...groups.values()].sort((x, y) => y.length - x.length || byString(x[0], y[0]));
		const bloc = /* @__PURE__ */ new Map();
		ordered.forEach((members, id) => {
			for (const m of members) bloc.set(m, id);
		});
		const blocs = ordered.map((members, id) => ({
			id,
			members,
			internalPositive: 0,
			internalNegative: 0,
			directPositive: 0,
			strongestTies: [],
			tiesHoldingTogether: []
		}));
		const positiveInside = blocs.map(() => []);
		let frustration = 0;
		let totalAbs = 0;
		for (const tie of signed.ties) {
			const w = tie.weight;
			if (Math.abs(w) <= 1e-9) continue;
			totalAbs += Math.abs(w);
			const ca = bloc.get(tie.a);
			if (ca === bloc.get(tie.b)) {
				const b = blocs[ca];
				if (w > 0) {
					b.internalPositive += w;
					positiveInside[ca].push(tie);
				} else {
					b.internalNegative -= w;
					frustration -= w;
				}
			} else if (w > 0) frustration += w;
		}
		blocs.forEach((b, id) => {
			const ties = positiveInside[id].sort((x, y) => y.weight - x.weight || byString(x.a, y.a) || byString(x.b, y.b));
			b.internalPositive = round$1(b.internalPositive);
			b.internalNegative = round$1(b.internalNegative);
			const direct = (t) => round$1(t.evidence.reduce((sum, ev) => sum + (ev.kind === "direct" ? ev.contribution : 0), 0));
			b.strongestTies = ties.map((t) => ({
				a: t.a,
				b: t.b,
				weight: t.weight,
				direct: direct(t),
				edges: tieEdgeIds(t)
			}));
			b.directPositive = round$1(ties.reduce((sum, t) => sum + Math.max(0, direct(t)), 0));
			const ids = /* @__PURE__ */ new Set();
			for (const t of ties) for (const ev of t.evidence) for (const e of ev.edges) ids.add(e);
			b.tiesHoldingTogether = [...ids];
		});
		const inP = new Float64Array(blocs.length);
		const inN = new Float64Array(blocs.length);
		const SP = new Float64Array(blocs.length);
		const SN = new Float64Array(blocs.length);
		blocs.forEach((b, id) => {
			inP[id] = b.internalPositive;
			inN[id] = b.internalNegative;
			for (const m of b.members) {
				const i = index.get(m);
				SP[id] += base.sp[i];
				SN[id] += base.sn[i];
			}
		});
		let modularity = 0;
		if (total2p + total2n > 0) {
			for (let c = 0; c < blocs.length; c++) {
				modularity += 2 * inP[c] - 2 * inN[c];
				if (total2p > 0) modularity -= resolution * SP[c] * SP[c] / total2p;
				if (total2n > 0) modularity += resolution * SN[c] * SN[c] / total2n;
			}
			modularity /= total2p + total2n;
		}
		return {
			bloc,
			blocs,
			frustration: round$1(frustration),
			frustrationIndex: totalAbs > 0 ? round$1(1 - frustration / totalAbs) : null,
			modularity: round$1(modularity)
		};
	}
	function round$1(value) {
		return Math.round(value * 0xe8d4a51000) / 0xe8d4a51000;
	}
	function shortestPaths(graph, source, target, options = {}) {
		const problem = checkActor("paths", graph, source, options) ?? checkActor("paths", graph, target, options);
		if (problem) return problem;
		if (source === target) return fail({
			module: "paths",
			code: "same-actor",
			params: { actor: source }
		}, graph);
		if (scopeHasNoEdges(options)) return fail({
			module: "paths",
			code: "no-relations",
			params: {}
		});
		const maxPaths = options.maxPaths ?? 20;
		if (!Number.isInteger(maxPaths) || maxPaths < 1) return fail({
			module: "paths",
			code: "invalid-option",
			params: {
				option: "maxPaths",
				rule: { kind: "positive-integer" },
				got: String(maxPaths)
			}
		});
		const directed = options.directed ?? false;
		const usable = (edge, attrs, s, t) => edgeUsable(edge, s, t, options) && (options.relations === void 0 || options.relations.has(String(attrs.relation)));
		/** Neighbours of a node reachable in one step, in the allowed direction. */
		const neighbours = (node) => {
			const result = /* @__PURE__ */ new Set();
			const add = (edge, attrs, s, t) => {
				if (usable(edge, attrs, s, t)) result.add(s === node ? t : s);
			};
			graph.forEachUndirectedEdge(node, add);
			graph.forEachOutEdge(node, add);
			if (!directed) graph.forEachInEdge(node, add);
			return result;
		};
		const distance = /* @__PURE__ */ new Map([[source, 0]]);
		const preds = /* @__PURE__ */ new Map();
		let frontier = [source];
		let found = false;
		for (let d = 1; frontier.length > 0 && !found; d++) {
			const next = [];
			for (const node of frontier) for (const other of neighbours(node)) {
				const known = distance.get(other);
				if (known === void 0) {
					distance.set(other, d);
					preds.set(other, [node]);
					next.push(other);
					if (other === target) found = true;
				} else if (known === d) preds.get(other)?.push(node);
			}
			frontier = next;
		}
		if (!found) return fail({
			module: "paths",
			code: "no-path",
			params: {
				from: source,
				to: target
			}
		}, graph);
		const onPath = /* @__PURE__ */ new Set([target]);
		const stack = [target];
		while (stack.length > 0) {
			const node = stack.pop();
			for (const p of preds.get(node) ?? []) if (!onPath.has(p)) {
				onPath.add(p);
				stack.push(p);
			}
		}
		for (const list of preds.values()) list.sort(byString);
		const stepEdges = (from, to) => {
			const ids = [];
			graph.forEachEdge(from, to, (edge, attrs, s, t, _sa, _ta, undirected) => {
				if (!usable(edge, attrs, s, t)) return;
				if (directed && !undirected && s !== from) return;
				ids.push(edge);
			});
			graph.forEachEdge(to, from, (edge, attrs, s, t, _sa, _ta, undirected) => {
				if (!usable(edge, attrs, s, t) || ids.includes(edge)) return;
				if (directed && !undirected && s !== from) return;
				ids.push(edge);
			});
			return ids.sort(byString);
		};
		const edges = /* @__PURE__ */ new Set();
		const stepCache = /* @__PURE__ */ new Map();
		const step = (from, to) => {
			const key = `${from}\u0000${to}`;
			let ids = stepCache.get(key);
			if (!ids) stepCache.set(key, ids = stepEdges(from, to));
			return {
				from,
				to,
				edgeIds: ids
			};
		};
		for (const node of onPath) for (const p of preds.get(node) ?? []) for (const e of step(p, node).edgeIds) edges.add(e);
		const count = /* @__PURE__ */ new Map([[source, 1]]);
		const ordered = [...onPath].sort((a, b) => (distance.get(a) ?? 0) - (distance.get(b) ?? 0));
		for (const node of ordered) {
			if (node === source) continue;
			let c = 0;
			for (const p of preds.get(node) ?? []) c += count.get(p) ?? 0;
			count.set(node, c);
		}
		const totalPaths = count.get(target) ?? 0;
		const paths = [];
		const reversed = [target];
		const walk = (node) => {
			if (paths.length >= maxPaths) return;
			if (node === source) {
				const nodes = [...reversed].reverse();
				paths.push(nodes.slice(1).map((to, i) => step(nodes[i], to)));
				return;
			}
			for (const p of preds.get(node) ?? []) {
				reversed.push(p);
				walk(p);
				reversed.pop();
			}
		};
		walk(target);
		paths.sort((a, b) => byString(pathKey(a), pathKey(b)));
		return {
			ok: true,
			length: distance.get(target) ?? 0,
			paths,
			totalPaths,
			truncated: totalPaths > paths.length,
			nodes: onPath,
			edges
		};
	}
	function pathKey(path) {
		return path.map((s) => s.to).join("\0");
	}
	// src/model/dates.ts
	const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
	/** Parses a partial ISO date; returns null when the text is not one or names an impossible day. */
	function parsePartialDate(text) {
		const m = PARTIAL_DATE.exec(text);
		if (!m) return null;
		const year = Number(m[1]);
		if (m[2] === void 0) return { year };
		const month = Number(m[2]);
		if (month < 1 || month > 12) return null;
		if (m[3] === void 0) return {
			year,
			month
		};
		const day = Number(m[3]);
		if (day < 1 || day > daysInMonth(year, month)) return null;
		return {
			year,
			month,
			day
		};
	}
	function daysInMonth(year, month) {
		return new Date(Date.UTC(year, month, 0)).getUTCDate();
	}
	/** First day covered by a partial date, as "YYYY-MM-DD". */
	function lowerBound(text) {
		const d = parsePartialDate(text);
		if (!d) throw new Error(`dates: expected a partial ISO date like 2025-05-08, got "${text}"`);
		return `${pad(d.year, 4)}-${pad(d.month ?? 1, 2)}-${pad(d.day ?? 1, 2)}`;
	}
	/** Last day covered by a partial date, as "YYYY-MM-DD". */
	function upperBound(text) {
		const d = parsePartialDate(text);
		if (!d) throw new Error(`dates: expected a partial ISO date like 2025-05-08, got "${text}"`);
		const month = d.month ?? 12;
		const day = d.day ?? daysInMonth(d.year, month);
		return `${pad(d.year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
	}
	function pad(n, width) {
		return String(n).padStart(width, "0");
	}
	// src/graph/time.ts
	/** Relation types that are events (CAMEO verbal/consultative acts) rather than lasting states. */
	const EVENT_RELATIONS = /* @__PURE__ */ new Set([
		"negotiation",
		"proposal",
		"criticism",
		"pressure"
	]);
	/** Statuses that make a start-only relation an event. */
	const EVENT_STATUSES = /* @__PURE__ */ new Set(["threatened", "ended"]);
	function bound(text, side) {
		if (text === void 0 || parsePartialDate(text) === null) return null;
		return side === "lower" ? lowerBound(text) : upperBound(text);
	}
	/** Adds days to a "YYYY-MM-DD" day. */
	function addDays(day, days) {
		const [y, m, d] = day.split("-").map(Number);
		const t = new Date(Date.UTC(y, m - 1, d + days));
		return `${String(t.getUTCFullYear()).padStart(4, "0")}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-${String(t.getUTCDate()).padStart(2, "0")}`;
	}
	function isEvent(attrs) {
		return EVENT_RELATIONS.has(attrs.relation) || EVENT_STATUSES.has(attrs.status);
	}
	/** One shared interval for every undated relation (the time cache holds one per relation). */
	const UNDATED = Object.freeze({
		kind: "undated",
		from: null,
		to: null
	});
	/** The period during which a relation counts as active (see the module comment for the rule). */
	function activeInterval(attrs, options = {}) {
		const start = bound(attrs.start, "lower");
		const end = bound(attrs.end, "upper");
		if (start === null && end === null) return UNDATED;
		if (start !== null && end !== null) return {
			kind: "bounded",
			from: start,
			to: end
		};
		if (start === null) return {
			kind: "until",
			from: null,
			to: end
		};
		if (!isEvent(attrs)) return {
			kind: "lasting",
			from: start,
			to: null
		};
		const eventDays = Math.max(1, Math.floor(options.eventDays ?? 30));
		const covered = upperBound(attrs.start);
		const stretched = addDays(start, eventDays - 1);
		return {
			kind: "event",
			from: start,
			to: covered > stretched ? covered : stretched
		};
	}
	function overlaps(interval, from, to) {
		return (interval.from === null || interval.from <= to) && (interval.to === null || interval.to >= from);
	}
	/** True when the actor existed on `day` ("YYYY-MM-DD"); actors without dates always exist. */
	function actorExistsAt(attrs, day) {
		const start = typeof attrs.start === "string" ? bound(attrs.start, "lower") : null;
		const end = typeof attrs.end === "string" ? bound(attrs.end, "upper") : null;
		return (start === null || start <= day) && (end === null || end >= day);
	}
	/** True when the relation had begun and not ended on `day` ("YYYY-MM-DD"); see above. */
	function relationInForceAt(attrs, day) {
		const start = bound(attrs.start, "lower");
		const end = bound(attrs.end, "upper");
		if (start !== null && start > day) return false;
		if (end !== null) return end >= day;
		if (attrs.status !== "ended") return true;
		const interval = activeInterval(attrs);
		return interval.kind !== "undated" && overlaps(interval, day, day);
	}
	/** Statuses whose start date is when something happened (not a plan or an offer for later). */
	const HAPPENED = /* @__PURE__ */ new Set([
		"active",
		"ended",
		"threatened"
	]);
	/**
	* The latest date in the data: the last day on which any relation that happened (active, ended,
	* threatened) started, an ended relation ended, or an actor started or ended, up to the graph's
	* `generated` date when it has one (a term that runs to 2026-12-31 is not a date of the data);
	* null when nothing is dated.
	*/
	function latestDate(graph) {
		const generated = graph.getAttribute("generated");
		const cap = typeof generated === "string" && parsePartialDate(generated) !== null ? upperBound(generated) : null;
		let latest = null;
		const consider = (text) => {
			if (typeof text !== "string" || parsePartialDate(text) === null) return;
			const day = upperBound(text);
			if (cap !== null && day > cap) return;
			if (latest === null || day > latest) latest = day;
		};
		graph.forEachEdge((_edge, attrs) => {
			if (!HAPPENED.has(String(attrs.status))) return;
			consider(attrs.start);
			if (attrs.status === "ended") consider(attrs.end);
		});
		graph.forEachNode((_node, attrs) => {
			consider(attrs.start);
			consider(attrs.end);
		});
		return latest;
	}
	/**
	* What an analysis at a date works on: the visible actors that existed on the day and the visible
	* relations in force then between two of them. A bad date is a typed failure.
	*/
	function analysisScope(graph, scope = {}, options = {}) {
		let day = null;
		if (!options.includeHistory) {
			if (options.date !== void 0 && options.date !== null) {
				if (parsePartialDate(options.date) === null) return fail({
					module: "time",
					code: "invalid-date",
					params: { value: options.date }
				});
				day = upperBound(options.date);
			} else day = latestDate(graph);
		}
		const visibleNodes = /* @__PURE__ */ new Set();
		const absentActors = [];
		graph.forEachNode((node, attrs) => {
			if (scope.visibleNodes !== void 0 && !scope.visibleNodes.has(node)) return;
			if (day === null || actorExistsAt(attrs, day)) visibleNodes.add(node);
			else absentActors.push(node);
		});
		const visibleEdges = /* @__PURE__ */ new Set();
		let outOfForce = 0;
		graph.forEachEdge((edge, attrs, source, target) => {
			if (scope.visibleEdges !== void 0 && !scope.visibleEdges.has(edge)) return;
			if (!visibleNodes.has(source) || !visibleNodes.has(target)) return;
			if (day === null || relationInForceAt(attrs, day)) visibleEdges.add(edge);
			else outOfForce++;
		});
		absentActors.sort();
		return {
			ok: true,
			visibleNodes,
			visibleEdges,
			date: day,
			absentActors,
			outOfForce
		};
	}
	// src/graph/analysis-blocs.ts
	/** Kinds that bind blocs (listed per bloc, not partitioned unless asked). */
	const BODY_KINDS = /* @__PURE__ */ new Set(["organization", "agreement"]);
	/**
	* How each bloc is held together (indexed by bloc id): the share resting on shared memberships, the
	* members there only through them, and the bodies that bind it. `scope` is the view the projection
	* was built on (memberships outside it do not bind).
	*/
	function readBlocs(graph, signed, result, scope = {}) {
		const resolve = (n) => signed.folded.get(n) ?? n;
		const members = /* @__PURE__ */ new Map();
		graph.forEachEdge((edge, attrs, source, target) => {
			if (attrs.relation !== "member_of") return;
			if (scope.visibleEdges && !scope.visibleEdges.has(edge)) return;
			if (scope.visibleNodes && !scope.visibleNodes.has(target)) return;
			if (!BODY_KINDS.has(String(graph.getNodeAttribute(target, "kind")))) return;
			const member = resolve(source);
			if (!result.bloc.has(member)) return;
			let set = members.get(target);
			if (!set) members.set(target, set = /* @__PURE__ */ new Set());
			set.add(member);
		});
		return result.blocs.map((bloc) => {
			const inBloc = new Set(bloc.members);
			const direct = /* @__PURE__ */ new Set();
			let positive = 0;
			let fromMemberships = 0;
			for (const m of bloc.members) for (const [other, tie] of signed.adjacency.get(m) ?? []) {
				if (m > other || !inBloc.has(other) || tie.weight <= 1e-9) continue;
				let d = 0;
				let c = 0;
				for (const ev of tie.evidence) if (ev.kind === "direct") d += ev.contribution;
				else c += ev.contribution;
				positive += tie.weight;
				fromMemberships += Math.min(tie.weight, Math.max(0, c));
				if (d > 1e-9) direct.add(m).add(other);
			}
			const bodies = [];
			const base = bloc.members.length / Math.max(1, result.bloc.size);
			for (const [id, set] of members) {
				let inside = 0;
				for (const m of set) if (inBloc.has(m)) inside++;
				const share = inside / set.size;
				if (inside >= 2 && share >= 1 / 3 && share >= 1.5 * base) bodies.push({
					id,
					inside,
					total: set.size
				});
			}
			bodies.sort((x, y) => Number(x.total <= 2) - Number(y.total <= 2) || y.inside - x.inside || y.inside / y.total - x.inside / x.total || byString(x.id, y.id));
			return {
				membershipShare: positive > 0 ? round(fromMemberships / positive) : 0,
				membershipOnlyMembers: bloc.members.length > 1 ? bloc.members.filter((m) => !direct.has(m)) : [],
				bodies: bodies.slice(0, 3)
			};
		});
	}
	function round(value) {
		return Math.round(value * 1e9) / 1e9;
	}
	// src/model/build.ts
	function createEmptyGraph() {
		return new Graph({
			type: "mixed",
			multi: true,
			allowSelfLoops: false
		});
	}
	// src/model/graph-handoff.ts
	/** Page side: builds the graph part by part; finish() checks that every part came. */
	var GraphAssembler = class {
		graph = null;
		expected = {
			nodes: 0,
			edges: 0
		};
		/** Adds one part; throws (naming the part) when the parts come out of order or do not fit. */
		add(part) {
			if (part.kind === "start") {
				this.graph = createEmptyGraph();
				this.graph.replaceAttributes(part.attributes);
				this.expected = {
					nodes: part.nodes,
					edges: part.edges
				};
				return;
			}
			const graph = this.graph;
			if (!graph) throw new Error(`graph-handoff: a "${part.kind}" part came before the start`);
			if (part.kind === "nodes") {
				if (graph.size > 0) throw new Error("graph-handoff: a \"nodes\" part came after the edges");
				graph.import({ nodes: part.nodes });
			} else graph.import({ edges: part.edges });
		}
		/** The complete graph; throws when parts are missing. */
		finish() {
			const graph = this.graph;
			if (!graph) throw new Error("graph-handoff: no graph was sent");
			const { nodes, edges } = this.expected;
			if (graph.order !== nodes || graph.size !== edges) throw new Error(`graph-handoff: expected ${nodes} nodes and ${edges} edges, got ${graph.order} and ${graph.size}`);
			return graph;
		}
		/** Whether every node and edge announced by the start part has come. */
		get complete() {
			const graph = this.graph;
			return graph !== null && graph.order === this.expected.nodes && graph.size === this.expected.edges;
		}
		/** Whether a graph is being assembled. */
		get started() {
			return this.graph !== null;
		}
	};
	// src/graph/analysis-worker-protocol.ts
	/** Strips the `ok` flag from a successful analysis result. */
	function strip(value) {
		const rest = { ...value };
		delete rest.ok;
		return rest;
	}
	function createAnalysisHandler(post) {
		let graph = null;
		/** A graph coming in parts; it replaces `graph` when its last part has come. */
		let incoming = null;
		let cache = [];
		const project = (options) => {
			const hit = cache.find((c) => sameOptions(c.key, options));
			if (hit) {
				cache = [hit, ...cache.filter((c) => c !== hit)];
				return hit.signed;
			}
			const signed = signedProjection(graph, scoped(options));
			cache = [{
				key: options,
				signed
			}, ...cache].slice(0, PROJECTION_CACHE_SIZE);
			return signed;
		};
		/** The options with their visible sets restricted to the analysis date. */
		const scoped = (options) => {
			const { at, ...rest } = options;
			if (!at) return rest;
			const scope = analysisScope(graph, rest, at);
			if (!scope.ok) throw new Error(scope.message);
			return {
				...rest,
				visibleNodes: scope.visibleNodes,
				visibleEdges: scope.visibleEdges
			};
		};
		return (request) => {
			const started = performance.now();
			const { requestId } = request;
			const done = (payload) => post({
				type: "result",
				requestId,
				ms: performance.now() - started,
				...payload
			});
			try {
				if (request.type === "load") {
					const g = new Graph({
						type: "mixed",
						multi: true,
						allowSelfLoops: false
					});
					g.import(request.graph);
					graph = g;
					cache = [];
					done({
						kind: "load",
						nodes: g.order,
						edges: g.size
					});
					return;
				}
				if (request.type === "load-part") {
					if (request.part.kind === "start") incoming = new GraphAssembler();
					if (!incoming) throw new Error("analysis worker: a graph part came before its start");
					incoming.add(request.part);
					if (incoming.complete) {
						graph = incoming.finish();
						incoming = null;
						cache = [];
						done({
							kind: "load",
							nodes: graph.order,
							edges: graph.size
						});
					}
					return;
				}
				if (!graph) {
					const notice = {
						module: "worker",
						code: "no-graph",
						params: {}
					};
					post({
						type: "error",
						requestId,
						reason: "no-graph",
						message: englishText(notice),
						notice
					});
					return;
				}
				const failed = (f) => post({
					type: "error",
					requestId,
					reason: f.reason,
					message: f.message,
					notice: f.notice
				});
				if (request.type === "paths") {
					const result = shortestPaths(graph, request.from, request.to, {
						...request.scope,
						...request.options
					});
					if (result.ok) done({
						kind: "paths",
						result: strip(result)
					});
					else failed(result);
					return;
				}
				const signed = project(request.signed);
				const answer = (result, wrap) => {
					if (result.ok) done(wrap(strip(result)));
					else failed(result);
				};
				switch (request.type) {
					case "blocs":
						answer(detectBlocs(signed, {
							...request.options,
							onProgress: (p) => post({
								type: "progress",
								requestId,
								...p
							})
						}), (result) => ({
							kind: "blocs",
							result,
							folded: signed.folded,
							readings: readBlocs(graph, signed, result, scoped(request.signed))
						}));
						return;
					case "balance":
						answer(analyseBalance(signed, request.options), (result) => ({
							kind: "balance",
							result
						}));
						return;
					case "rank":
						answer(rankAlignment(signed, request.actor, {
							...request.options,
							graph
						}), (result) => ({
							kind: "rank",
							result
						}));
						return;
					case "pair":
						answer(alignmentScore(signed, request.a, request.b, {
							...request.options,
							graph
						}), (result) => ({
							kind: "pair",
							result
						}));
						return;
				}
			} catch (error) {
				const notice = {
					module: "worker",
					code: "internal",
					params: { detail: error instanceof Error ? error.message : String(error) }
				};
				post({
					type: "error",
					requestId,
					reason: "internal",
					message: englishText(notice),
					notice
				});
			}
		};
	}
	const PROJECTION_CACHE_SIZE = 3;
	/** Same projection options: same scalars, same weight tables, same visible sets (by content). */
	function sameOptions(x, y) {
		if ([
			"foldPersons",
			"membershipWeight",
			"memberTieWeight",
			"membershipScaling"
		].some((k) => x[k] !== y[k])) return false;
		if ([
			"certaintyWeights",
			"statusWeights",
			"relationWeights",
			"at"
		].some((k) => JSON.stringify(x[k] ?? null) !== JSON.stringify(y[k] ?? null))) return false;
		return [
			"visibleEdges",
			"visibleNodes",
			"kinds"
		].every((k) => sameSet(x[k], y[k]));
	}
	function sameSet(x, y) {
		if (x === y) return true;
		if (!x || !y || x.size !== y.size) return false;
		for (const v of x) if (!y.has(v)) return false;
		return true;
	}
	// src/graph/analysis.worker.ts
	const scope = self;
	const handle = createAnalysisHandler((message) => scope.postMessage(message));
	scope.onmessage = (event) => handle(event.data);
})();
