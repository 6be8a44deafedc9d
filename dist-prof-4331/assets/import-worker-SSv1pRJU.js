(function() {
	// \0rolldown/runtime.js
	var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
	// src/io/dataset-store.ts
	const sameDataset = (a, b) => a.name === b.name && a.importedAt === b.importedAt;
	const KEY = "imported";
	const PREFIX = "dataset-store:";
	function createDatasetStore(backend) {
		const unavailable = () => ({
			ok: false,
			message: `${PREFIX} this browser offers no IndexedDB (private mode or disabled storage); the imported data is kept only until the page is closed`
		});
		async function load() {
			if (!backend) return unavailable();
			let value;
			try {
				value = await backend.get(KEY);
			} catch (e) {
				return {
					ok: false,
					message: `${PREFIX} could not read the stored dataset: ${describe$1(e)}`
				};
			}
			if (value === void 0 || value === null) return {
				ok: true,
				value: null
			};
			const problem = checkRecord(value);
			if (problem) {
				await backend.delete(KEY).catch(() => void 0);
				return {
					ok: false,
					message: `${PREFIX} the stored dataset was unreadable (${problem}) and has been removed`
				};
			}
			return {
				ok: true,
				value
			};
		}
		async function exists() {
			if (!backend) return unavailable();
			try {
				return {
					ok: true,
					value: backend.has ? await backend.has(KEY) : (await backend.get(KEY) ?? null) !== null
				};
			} catch (e) {
				return {
					ok: false,
					message: `${PREFIX} could not read the stored dataset: ${describe$1(e)}`
				};
			}
		}
		async function save(dataset) {
			if (!backend) return unavailable();
			try {
				await backend.put(KEY, dataset);
				return {
					ok: true,
					value: void 0
				};
			} catch (e) {
				return {
					ok: false,
					message: isQuotaError(e) ? `${PREFIX} the browser's storage quota is full, so "${dataset.name}" is shown but not kept: it will be gone after a reload (free space in the browser's site data, or import a smaller file)` : `${PREFIX} could not store "${dataset.name}" (${describe$1(e)}); it is shown but will be gone after a reload`
				};
			}
		}
		async function setActive(active, only) {
			const current = await load();
			if (!current.ok) return current;
			const stored = current.value;
			if (!stored || only && !sameDataset(stored, only)) return {
				ok: true,
				value: false
			};
			if (stored.active === active) return {
				ok: true,
				value: true
			};
			const saved = await save({
				...stored,
				active
			});
			return saved.ok ? {
				ok: true,
				value: true
			} : saved;
		}
		async function remove() {
			if (!backend) return {
				ok: true,
				value: void 0
			};
			try {
				await backend.delete(KEY);
				return {
					ok: true,
					value: void 0
				};
			} catch (e) {
				return {
					ok: false,
					message: `${PREFIX} could not remove the stored dataset: ${describe$1(e)}`
				};
			}
		}
		return {
			load,
			exists,
			save,
			setActive,
			remove
		};
	}
	const isObject$3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
	/** Checks the record's own fields; the graph's content is checked when it is loaded. */
	function checkRecord(v) {
		if (!isObject$3(v)) return "expected an object";
		if (typeof v.name !== "string") return "expected a string \"name\"";
		if (typeof v.importedAt !== "string") return "expected a string \"importedAt\"";
		if (!Array.isArray(v.files) || !v.files.every((f) => typeof f === "string")) return "expected \"files\" to be a list of names";
		if (typeof v.format !== "string") return "expected a string \"format\"";
		if (typeof v.active !== "boolean") return "expected a boolean \"active\"";
		const g = v.graph;
		if (!isObject$3(g) || !Array.isArray(g.nodes) || !Array.isArray(g.edges)) return "expected \"graph\" to be a graphology export with nodes and edges";
		return null;
	}
	function describe$1(e) {
		if (e instanceof Error || typeof DOMException !== "undefined" && e instanceof DOMException) return `${e.name}: ${e.message}`;
		return String(e);
	}
	function isQuotaError(e) {
		const name = e?.name;
		return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
	}
	const DB_NAME = "alignmap";
	const STORE = "datasets";
	/** The page's IndexedDB as a key-value backend, or null when the browser has none. */
	function indexedDbBackend(factory = globalThis.indexedDB) {
		if (!factory) return null;
		let opening = null;
		const open = () => opening ??= new Promise((resolve, reject) => {
			let request;
			try {
				request = factory.open(DB_NAME, 1);
			} catch (e) {
				reject(e);
				return;
			}
			request.onupgradeneeded = () => request.result.createObjectStore(STORE);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error ?? /* @__PURE__ */ new Error("IndexedDB open failed"));
			request.onblocked = () => reject(/* @__PURE__ */ new Error("IndexedDB is blocked by another tab"));
		}).catch((e) => {
			opening = null;
			throw e;
		});
		async function run(mode, action) {
			const db = await open();
			return new Promise((resolve, reject) => {
				const tx = db.transaction(STORE, mode);
				const request = action(tx.objectStore(STORE));
				let result;
				request.onsuccess = () => result = request.result;
				tx.oncomplete = () => resolve(result);
				tx.onerror = () => reject(tx.error ?? request.error ?? /* @__PURE__ */ new Error("IndexedDB error"));
				tx.onabort = () => reject(tx.error ?? /* @__PURE__ */ new Error("IndexedDB transaction aborted"));
			});
		}
		return {
			get: (key) => run("readonly", (s) => s.get(key)),
			put: async (key, value) => {
				await run("readwrite", (s) => s.put(value, key));
			},
			delete: async (key) => {
				await run("readwrite", (s) => s.delete(key));
			},
			has: async (key) => await run("readonly", (s) => s.count(key)) > 0
		};
	}
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
	function isPlainObject$1(value) {
		return typeof value === "object" && value !== null;
	}
	/**
	* Checks whether the given object is empty.
	*
	* @param  {object}  o - Target Object.
	* @return {boolean}
	*/
	function isEmpty$1(o) {
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
		if (!isPlainObject$1(hints)) return false;
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
			if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
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
			if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
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
			if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
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
			if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${method}: provided attributes are not a plain object.`);
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
		if (!isEmpty$1(data.attributes)) serialized.attributes = assign({}, data.attributes);
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
		if (!isEmpty$1(data.attributes)) serialized.attributes = assign({}, data.attributes);
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
		if (!isPlainObject$1(value)) throw new InvalidArgumentsGraphError("Graph.import: invalid serialized node. A serialized node should be a plain object with at least a \"key\" property.");
		if (!("key" in value)) throw new InvalidArgumentsGraphError("Graph.import: serialized node is missing its key.");
		if ("attributes" in value && (!isPlainObject$1(value.attributes) || value.attributes === null)) throw new InvalidArgumentsGraphError("Graph.import: invalid attributes. Attributes should be a plain object, null or omitted.");
	}
	/**
	* Checks whether the given value is a serialized edge.
	*
	* @param  {mixed} value - Target value.
	* @return {string|null}
	*/
	function validateSerializedEdge(value) {
		if (!isPlainObject$1(value)) throw new InvalidArgumentsGraphError("Graph.import: invalid serialized edge. A serialized edge should be a plain object with at least a \"source\" & \"target\" property.");
		if (!("source" in value)) throw new InvalidArgumentsGraphError("Graph.import: serialized edge is missing its source.");
		if (!("target" in value)) throw new InvalidArgumentsGraphError("Graph.import: serialized edge is missing its target.");
		if ("attributes" in value && (!isPlainObject$1(value.attributes) || value.attributes === null)) throw new InvalidArgumentsGraphError("Graph.import: invalid attributes. Attributes should be a plain object, null or omitted.");
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
		if (attributes && !isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.addNode: invalid attributes. Expecting an object but got "${attributes}"`);
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
		if (attributes && !isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${name}: invalid attributes. Expecting an object but got "${attributes}"`);
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
			} else if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.${name}: invalid attributes. Expecting an object but got "${attributes}"`);
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
			if (attributes && !isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError(`Graph.mergeNode: invalid attributes. Expecting an object but got "${attributes}"`);
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
			if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError("Graph.replaceAttributes: provided attributes are not a plain object.");
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
			if (!isPlainObject$1(attributes)) throw new InvalidArgumentsGraphError("Graph.mergeAttributes: provided attributes are not a plain object.");
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
			if (!isPlainObject$1(data)) throw new InvalidArgumentsGraphError("Graph.import: invalid argument. Expecting a serialized graph or, alternatively, a Graph instance.");
			if (data.attributes) {
				if (!isPlainObject$1(data.attributes)) throw new InvalidArgumentsGraphError("Graph.import: invalid attributes. Expecting a plain object.");
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
	// src/model/text-values.ts
	/** The English and (when given) Japanese text of a bilingual field (schema.ts `BilingualText`). */
	function splitBilingual(text) {
		if (text === void 0) return {};
		return typeof text === "string" ? { en: text } : {
			en: text.en,
			ja: text.ja
		};
	}
	/** A rejected value for a message: strings quoted (cut at 60 characters), lists and objects named. */
	function describeValue(v) {
		if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
		if (Array.isArray(v)) return v.length === 0 ? "an empty list" : `a list of ${v.length}`;
		if (typeof v === "object" && v !== null) return "an object";
		return v === void 0 ? "nothing" : String(v);
	}
	// src/model/vocabulary.ts
	const ACTOR_KINDS = [
		"state",
		"organization",
		"person",
		"agreement",
		"group"
	];
	const RELATION_TYPES = [
		"represents",
		"member_of",
		"alliance",
		"partnership",
		"cooperation",
		"support",
		"trade",
		"negotiation",
		"proposal",
		"criticism",
		"pressure",
		"sanction",
		"conflict",
		"dispute"
	];
	const STATUSES = [
		"active",
		"ended",
		"planned",
		"proposed",
		"threatened"
	];
	const CERTAINTIES = [
		"confirmed",
		"reported",
		"speculative"
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
	/** Which kinds may stand at the given end of a relation of this type. */
	function allowedKinds(type, end) {
		const info = RELATION_INFO[type];
		return (end === "source" ? info.sourceKinds : info.targetKinds) ?? AGENTS;
	}
	// src/model/build.ts
	function createEmptyGraph() {
		return new Graph({
			type: "mixed",
			multi: true,
			allowSelfLoops: false
		});
	}
	function buildGraph(dataset, name = "Alignmap dataset") {
		const graph = createEmptyGraph();
		const sources = new Map(dataset.sources.map((s) => [s.id, s]));
		graph.replaceAttributes({
			name,
			sources: dataset.sources.map(graphSource)
		});
		for (const actor of dataset.actors) {
			const { id, name: names, aliases, kind, ...rest } = actor;
			graph.addNode(id, {
				...dropUndefined(rest),
				label: names.en,
				labelJa: names.ja,
				kind,
				aliases
			});
		}
		for (const rel of dataset.relations) {
			const { id, source, target, type, evidence, note, ...rest } = rel;
			const { en, ja } = splitBilingual(note);
			const attributes = {
				...dropUndefined({
					...rest,
					note: en,
					noteJa: ja
				}),
				relation: type,
				evidence: evidence.map((ev) => enrichEvidence(ev, sources.get(ev.source)))
			};
			if (RELATION_INFO[type].directed) graph.addDirectedEdgeWithKey(id, source, target, attributes);
			else graph.addUndirectedEdgeWithKey(id, source, target, attributes);
		}
		return graph;
	}
	/** sources.yaml entry as a graph attribute: the bilingual note split into note (en) and noteJa. */
	function graphSource(source) {
		const { note, ...rest } = source;
		const { en, ja } = splitBilingual(note);
		return dropUndefined({
			...rest,
			note: en,
			noteJa: ja
		});
	}
	function enrichEvidence(ev, source) {
		if (!source) throw new Error(`build: evidence source "${ev.source}" is missing; validate the dataset first`);
		return dropUndefined({
			...ev,
			sourceTitle: source.title,
			sourceDate: source.date,
			sourcePublisher: source.publisher,
			sourceUrl: source.url
		});
	}
	function dropUndefined(value) {
		return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
	}
	// src/model/graph-handoff.ts
	/**
	* Nodes or edges per part: at 2,000, one part costs the page ~10–30 ms (clone and build) on a
	* loaded 2-core machine, and a 500,000-relation graph takes 300 messages.
	*/
	const PART_SIZE = 2e3;
	/** The parts of a serialized graph, in the order the page needs them. */
	function* graphParts(graph, size = PART_SIZE) {
		const nodes = graph.nodes;
		const edges = graph.edges ?? [];
		yield {
			kind: "start",
			attributes: graph.attributes ?? {},
			nodes: nodes.length,
			edges: edges.length
		};
		for (let i = 0; i < nodes.length; i += size) yield {
			kind: "nodes",
			nodes: nodes.slice(i, i + size)
		};
		for (let i = 0; i < edges.length; i += size) yield {
			kind: "edges",
			edges: edges.slice(i, i + size)
		};
	}
	// node_modules/fflate/esm/browser.js
	var u8 = Uint8Array;
	var u16 = Uint16Array;
	var i32 = Int32Array;
	var fleb = new u8([
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		1,
		1,
		1,
		1,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		4,
		4,
		4,
		4,
		5,
		5,
		5,
		5,
		0,
		0,
		0,
		0
	]);
	var fdeb = new u8([
		0,
		0,
		0,
		0,
		1,
		1,
		2,
		2,
		3,
		3,
		4,
		4,
		5,
		5,
		6,
		6,
		7,
		7,
		8,
		8,
		9,
		9,
		10,
		10,
		11,
		11,
		12,
		12,
		13,
		13,
		0,
		0
	]);
	var clim = new u8([
		16,
		17,
		18,
		0,
		8,
		7,
		9,
		6,
		10,
		5,
		11,
		4,
		12,
		3,
		13,
		2,
		14,
		1,
		15
	]);
	var freb = function(eb, start) {
		var b = new u16(31);
		for (var i = 0; i < 31; ++i) b[i] = start += 1 << eb[i - 1];
		var r = new i32(b[30]);
		for (var i = 1; i < 30; ++i) for (var j = b[i]; j < b[i + 1]; ++j) r[j] = j - b[i] << 5 | i;
		return {
			b,
			r
		};
	};
	var _a$2 = freb(fleb, 2);
	var fl = _a$2.b;
	var revfl = _a$2.r;
	fl[28] = 258, revfl[258] = 28;
	var _b = freb(fdeb, 0);
	var fd = _b.b;
	_b.r;
	var rev = new u16(32768);
	for (var i = 0; i < 32768; ++i) {
		var x = (i & 43690) >> 1 | (i & 21845) << 1;
		x = (x & 52428) >> 2 | (x & 13107) << 2;
		x = (x & 61680) >> 4 | (x & 3855) << 4;
		rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
	}
	var hMap = (function(cd, mb, r) {
		var s = cd.length;
		var i = 0;
		var l = new u16(mb);
		for (; i < s; ++i) if (cd[i]) ++l[cd[i] - 1];
		var le = new u16(mb);
		for (i = 1; i < mb; ++i) le[i] = le[i - 1] + l[i - 1] << 1;
		var co;
		if (r) {
			co = new u16(1 << mb);
			var rvb = 15 - mb;
			for (i = 0; i < s; ++i) if (cd[i]) {
				var sv = i << 4 | cd[i];
				var r_1 = mb - cd[i];
				var v = le[cd[i] - 1]++ << r_1;
				for (var m = v | (1 << r_1) - 1; v <= m; ++v) co[rev[v] >> rvb] = sv;
			}
		} else {
			co = new u16(s);
			for (i = 0; i < s; ++i) if (cd[i]) co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
		}
		return co;
	});
	var flt = new u8(288);
	for (var i = 0; i < 144; ++i) flt[i] = 8;
	for (var i = 144; i < 256; ++i) flt[i] = 9;
	for (var i = 256; i < 280; ++i) flt[i] = 7;
	for (var i = 280; i < 288; ++i) flt[i] = 8;
	var fdt = new u8(32);
	for (var i = 0; i < 32; ++i) fdt[i] = 5;
	var flrm = /*#__PURE__*/ hMap(flt, 9, 1);
	var fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
	var max = function(a) {
		var m = a[0];
		for (var i = 1; i < a.length; ++i) if (a[i] > m) m = a[i];
		return m;
	};
	var bits = function(d, p, m) {
		var o = p / 8 | 0;
		return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
	};
	var bits16 = function(d, p) {
		var o = p / 8 | 0;
		return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
	};
	var shft = function(p) {
		return (p + 7) / 8 | 0;
	};
	var slc = function(v, s, e) {
		if (s == null || s < 0) s = 0;
		if (e == null || e > v.length) e = v.length;
		return new u8(v.subarray(s, e));
	};
	var ec = [
		"unexpected EOF",
		"invalid block type",
		"invalid length/literal",
		"invalid distance",
		"stream finished",
		"no stream handler",
		,
		"no callback",
		"invalid UTF-8 data",
		"extra field too long",
		"date not in range 1980-2099",
		"filename too long",
		"stream finishing",
		"invalid zip data"
	];
	var err = function(ind, msg, nt) {
		var e = new Error(msg || ec[ind]);
		e.code = ind;
		if (Error.captureStackTrace) Error.captureStackTrace(e, err);
		if (!nt) throw e;
		return e;
	};
	var inflt = function(dat, st, buf, dict) {
		var sl = dat.length, dl = dict ? dict.length : 0;
		if (!sl || st.f && !st.l) return buf || new u8(0);
		var noBuf = !buf;
		var resize = noBuf || st.i != 2;
		var noSt = st.i;
		if (noBuf) buf = new u8(sl * 3);
		var cbuf = function(l) {
			var bl = buf.length;
			if (l > bl) {
				var nbuf = new u8(Math.max(bl * 2, l));
				nbuf.set(buf);
				buf = nbuf;
			}
		};
		var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
		var tbts = sl * 8;
		do {
			if (!lm) {
				final = bits(dat, pos, 1);
				var type = bits(dat, pos + 1, 3);
				pos += 3;
				if (!type) {
					var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
					if (t > sl) {
						if (noSt) err(0);
						break;
					}
					if (resize) cbuf(bt + l);
					buf.set(dat.subarray(s, t), bt);
					st.b = bt += l, st.p = pos = t * 8, st.f = final;
					continue;
				} else if (type == 1) lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
				else if (type == 2) {
					var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
					var tl = hLit + bits(dat, pos + 5, 31) + 1;
					pos += 14;
					var ldt = new u8(tl);
					var clt = new u8(19);
					for (var i = 0; i < hcLen; ++i) clt[clim[i]] = bits(dat, pos + i * 3, 7);
					pos += hcLen * 3;
					var clb = max(clt), clbmsk = (1 << clb) - 1;
					var clm = hMap(clt, clb, 1);
					for (var i = 0; i < tl;) {
						var r = clm[bits(dat, pos, clbmsk)];
						pos += r & 15;
						var s = r >> 4;
						if (s < 16) ldt[i++] = s;
						else {
							var c = 0, n = 0;
							if (s == 16) n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
							else if (s == 17) n = 3 + bits(dat, pos, 7), pos += 3;
							else if (s == 18) n = 11 + bits(dat, pos, 127), pos += 7;
							while (n--) ldt[i++] = c;
						}
					}
					var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
					lbt = max(lt);
					dbt = max(dt);
					lm = hMap(lt, lbt, 1);
					dm = hMap(dt, dbt, 1);
				} else err(1);
				if (pos > tbts) {
					if (noSt) err(0);
					break;
				}
			}
			if (resize) cbuf(bt + 131072);
			var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
			var lpos = pos;
			for (;; lpos = pos) {
				var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
				pos += c & 15;
				if (pos > tbts) {
					if (noSt) err(0);
					break;
				}
				if (!c) err(2);
				if (sym < 256) buf[bt++] = sym;
				else if (sym == 256) {
					lpos = pos, lm = null;
					break;
				} else {
					var add = sym - 254;
					if (sym > 264) {
						var i = sym - 257, b = fleb[i];
						add = bits(dat, pos, (1 << b) - 1) + fl[i];
						pos += b;
					}
					var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
					if (!d) err(3);
					pos += d & 15;
					var dt = fd[dsym];
					if (dsym > 3) {
						var b = fdeb[dsym];
						dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
					}
					if (pos > tbts) {
						if (noSt) err(0);
						break;
					}
					if (resize) cbuf(bt + 131072);
					var end = bt + add;
					if (bt < dt) {
						var shift = dl - dt, dend = Math.min(dt, end);
						if (shift + bt < 0) err(3);
						for (; bt < dend; ++bt) buf[bt] = dict[shift + bt];
					}
					for (; bt < end; ++bt) buf[bt] = buf[bt - dt];
				}
			}
			st.l = lm, st.p = lpos, st.b = bt, st.f = final;
			if (lm) final = 1, st.m = lbt, st.d = dm, st.n = dbt;
		} while (!final);
		return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
	};
	var et = /*#__PURE__*/ new u8(0);
	var b2 = function(d, b) {
		return d[b] | d[b + 1] << 8;
	};
	var b4 = function(d, b) {
		return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
	};
	var b8 = function(d, b) {
		return b4(d, b) + b4(d, b + 4) * 4294967296;
	};
	function inflateSync(data, opts) {
		return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
	}
	var td = typeof TextDecoder != "undefined" && /*#__PURE__*/ new TextDecoder();
	try {
		td.decode(et, { stream: true });
	} catch (e) {}
	var dutf8 = function(d) {
		for (var r = "", i = 0;;) {
			var c = d[i++];
			var eb = (c > 127) + (c > 223) + (c > 239);
			if (i + eb > d.length) return {
				s: r,
				r: slc(d, i - 1)
			};
			if (!eb) r += String.fromCharCode(c);
			else if (eb == 3) c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | d[i++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
			else if (eb & 1) r += String.fromCharCode((c & 31) << 6 | d[i++] & 63);
			else r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | d[i++] & 63);
		}
	};
	/**
	* Converts a Uint8Array to a string
	* @param dat The data to decode to string
	* @param latin1 Whether or not to interpret the data as Latin-1. This should
	*               not need to be true unless encoding to binary string.
	* @returns The original UTF-8/Latin-1 string
	*/
	function strFromU8(dat, latin1) {
		if (latin1) {
			var r = "";
			for (var i = 0; i < dat.length; i += 16384) r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
			return r;
		} else if (td) return td.decode(dat);
		else {
			var _a = dutf8(dat), s = _a.s, r = _a.r;
			if (r.length) err(8);
			return s;
		}
	}
	var slzh = function(d, b) {
		return b + 30 + b2(d, b + 26) + b2(d, b + 28);
	};
	var zh = function(d, b, z) {
		var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
		var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
		return [
			b2(d, b + 10),
			sc,
			su,
			fn,
			es + efl + b2(d, b + 32),
			off
		];
	};
	var z64hs = function(d, b, l, z, sc, su, off) {
		var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
		var nf = nsc + nsu + noff;
		if (z && nf) {
			for (; b + 4 < e; b += 4 + b2(d, b + 2)) if (b2(d, b) == 1) return [
				nsc ? b8(d, b + 4 + 8 * nsu) : sc,
				nsu ? b8(d, b + 4) : su,
				noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
				1
			];
			if (z < 2) err(13);
		}
		return [
			sc,
			su,
			off,
			0
		];
	};
	/**
	* Synchronously decompresses a ZIP archive. Prefer using `unzip` for better
	* performance with more than one file.
	* @param data The raw compressed ZIP file
	* @param opts The ZIP extraction options
	* @returns The decompressed files
	*/
	function unzipSync(data, opts) {
		var files = {};
		var e = data.length - 22;
		for (; b4(data, e) != 101010256; --e) if (!e || data.length - e > 65558) err(13);
		var c = b2(data, e + 8);
		if (!c) return {};
		var o = b4(data, e + 16);
		var z = b4(data, e - 20) == 117853008;
		if (z) {
			var ze = b4(data, e - 12);
			z = b4(data, ze) == 101075792;
			if (z) {
				c = b4(data, ze + 32);
				o = b4(data, ze + 48);
			}
		}
		var fltr = opts && opts.filter;
		for (var i = 0; i < c; ++i) {
			var _a = zh(data, o, z), c_2 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
			o = no;
			if (!fltr || fltr({
				name: fn,
				size: sc,
				originalSize: su,
				compression: c_2
			})) {
				if (!c_2) files[fn] = slc(data, b, b + sc);
				else if (c_2 == 8) files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
				else err(14, "unknown compression type " + c_2);
			}
		}
		return files;
	}
	// src/model/node-ids.ts
	/** The own property names of Object.prototype, e.g. "__proto__", "constructor", "toString". */
	const RESERVED_NODE_IDS = new Set(Object.getOwnPropertyNames(Object.prototype));
	function isReservedNodeId(id) {
		return RESERVED_NODE_IDS.has(id);
	}
	/** The message for a reserved id (without the place; the caller names the file and element). */
	function reservedNodeIdMessage(id) {
		return `node id "${id}" is a name every JavaScript object already has (Object.prototype), which the graph library cannot store safely; rename it in the file (for example to "node-${id}")`;
	}
	// src/io/portable.ts
	/** The edge attribute that marks undirected edges of a mixed graph written as a directed one. */
	const UNDIRECTED_ATTRIBUTE = "undirected";
	// src/io/recover.ts
	/** Fields that hold lists in the app's data: element class → attribute names. */
	const LIST_FIELDS = {
		node: ["aliases"],
		edge: ["evidence"],
		graph: ["sources"]
	};
	const IGRAPH_ID = /^n\d+$/;
	const IGRAPH_EDGE_ID = /^e\d+$/;
	/** Parsed JSON list text ("[...]"), or undefined when the value is not one. */
	function jsonList(value) {
		if (typeof value !== "string") return void 0;
		const s = value.trim();
		if (!s.startsWith("[") || !s.endsWith("]")) return void 0;
		try {
			const parsed = JSON.parse(s);
			return Array.isArray(parsed) ? parsed : void 0;
		} catch {
			return;
		}
	}
	/** Drops "" values and parses JSON-list text in `lists` fields, in place (fresh import objects). */
	function recoverAttrs(a, lists) {
		for (const k in a) {
			const v = a[k];
			if (v === "") delete a[k];
			else if (typeof v === "string" && lists.includes(k)) {
				const list = jsonList(v);
				if (list) a[k] = list;
			}
		}
		return a;
	}
	const isTrue = (v) => v === true || v === "true" || v === "True" || v === 1;
	const isFalse = (v) => v === false || v === "false" || v === "False" || v === 0;
	/** Map from the ids a tool invented to the ids in a unique `id` attribute, or null. */
	function idMap(entries, invented) {
		if (entries.length === 0 || !entries.every(([id]) => invented.test(id))) return null;
		const map = /* @__PURE__ */ new Map();
		const seen = /* @__PURE__ */ new Set();
		for (const [id, a] of entries) {
			const v = a.id;
			const text = typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
			if (text === "" || seen.has(text)) return null;
			seen.add(text);
			map.set(id, text);
		}
		return map;
	}
	/**
	* The graph with recovered attributes, ids and directions: the same graph with its attributes
	* completed in place, or a new one (same order) when ids or directions change.
	*/
	function recoverForeignGraph(graph) {
		const nodes = graph.mapNodes((id, a) => [id, recoverAttrs(a, LIST_FIELDS.node)]);
		const edges = graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => {
			const attrs = recoverAttrs(a, LIST_FIELDS.edge);
			delete attrs.networkx_key;
			return {
				key,
				source,
				target,
				directed: !undirected,
				a: attrs
			};
		});
		graph.replaceAttributes(recoverGraphAttrs(graph.getAttributes()));
		let rebuild = false;
		for (const [, a] of nodes) recoverLabels(a);
		const nodeIds = idMap(nodes, IGRAPH_ID);
		if (nodeIds) {
			rebuild = true;
			if (isIgraphEdgeIdBug(nodes, edges)) for (const e of edges) delete e.a.id;
			for (const [, a] of nodes) delete a.id;
		}
		const edgeIds = idMap(edges.map((e) => [e.key, e.a]), IGRAPH_EDGE_ID);
		if (edgeIds) rebuild = true;
		for (const e of edges) {
			if (edgeIds) {
				e.key = edgeIds.get(e.key) ?? e.key;
				delete e.a.id;
			} else if (e.a.id === e.key) delete e.a.id;
			const flag = e.a[UNDIRECTED_ATTRIBUTE];
			if (isTrue(flag) || isFalse(flag)) {
				if (isTrue(flag) && e.directed) {
					e.directed = false;
					rebuild = true;
				}
				delete e.a[UNDIRECTED_ATTRIBUTE];
			}
		}
		if (!rebuild) return graph;
		const out = createEmptyGraph();
		out.replaceAttributes(graph.getAttributes());
		for (const [id, a] of nodes) out.addNode(nodeIds?.get(id) ?? id, a);
		for (const e of edges) {
			const source = nodeIds?.get(e.source) ?? e.source;
			const target = nodeIds?.get(e.target) ?? e.target;
			if (e.directed) out.addDirectedEdgeWithKey(e.key, source, target, e.a);
			else out.addUndirectedEdgeWithKey(e.key, source, target, e.a);
		}
		return out;
	}
	/** A --lang ja export: label holds the Japanese name, labelEn the English one. */
	function recoverLabels(a) {
		if (typeof a.labelEn !== "string") return;
		if (typeof a.labelJa !== "string" || a.labelJa === "") a.labelJa = a.label;
		a.label = a.labelEn;
		delete a.labelEn;
	}
	/**
	* igraph 1.0.0's GraphML reader fills the edge `id` attribute with the vertex ids (edge i gets
	* vertex i's id, "" beyond the vertex count) — checked with python-igraph 1.0.0. Such values are
	* not data.
	*/
	function isIgraphEdgeIdBug(nodes, edges) {
		if (edges.length === 0) return false;
		return edges.every((e, i) => {
			const nodeId = nodes[i]?.[1].id;
			return nodeId === void 0 ? e.a.id === void 0 : e.a.id === nodeId;
		});
	}
	function recoverGraphAttrs(a) {
		const out = recoverAttrs(a, LIST_FIELDS.graph);
		if (out.name === void 0 && out.creator === "Alignmap" && typeof out.description === "string") {
			out.name = out.description;
			delete out.description;
		}
		return out;
	}
	// src/io/builder.ts
	/** Values given to attributes that a foreign file does not have (documented in src/io/README.md). */
	const FOREIGN_DEFAULTS = {
		kind: "unknown",
		relation: "related",
		status: "active",
		certainty: "unverified"
	};
	const MAX_ERRORS = 50;
	/** Thrown to stop parsing once there are too many errors; caught by `finish`. */
	var TooManyErrors = class extends Error {};
	var GraphBuilder = class GraphBuilder {
		format;
		graph = createEmptyGraph();
		errors = [];
		warnings = [];
		/** Graph attributes read from the file (title, description, ...). */
		graphAttributes = {};
		warnedOnce = /* @__PURE__ */ new Set();
		autoNodes = 0;
		selfLoops = 0;
		generatedKey = 0;
		autoCreated = /* @__PURE__ */ new Set();
		/** False for a bare edge list, whose nodes are expected to come from the edges. */
		nodesDeclared = true;
		constructor(format) {
			this.format = format;
		}
		error(where, message) {
			this.errors.push({
				where,
				message
			});
			if (this.errors.length >= MAX_ERRORS) throw new TooManyErrors();
		}
		warn(where, message) {
			if (this.warnings.length < 200) this.warnings.push({
				where,
				message
			});
		}
		/** A warning given once per file for a kind of thing (e.g. "dynamic values flattened"). */
		warnOnce(kind, where, message) {
			if (this.warnedOnce.has(kind)) return;
			this.warnedOnce.add(kind);
			this.warn(where, message);
		}
		get failed() {
			return this.errors.length > 0;
		}
		addNode(id, attrs, where) {
			if (id === "") {
				this.error(where, "expected a non-empty node id");
				return;
			}
			if (isReservedNodeId(id)) {
				this.error(where, reservedNodeIdMessage(id));
				return;
			}
			if (!this.checkDepth(attrs, where)) return;
			if (this.graph.hasNode(id)) {
				if (this.autoCreated.has(id)) {
					this.autoCreated.delete(id);
					this.autoNodes--;
					this.graph.replaceNodeAttributes(id, cleanKeys(attrs));
					return;
				}
				this.error(where, `node id "${id}" is defined twice`);
				return;
			}
			this.graph.addNode(id, cleanKeys(attrs));
		}
		/**
		* Adds an edge; an end that names no node creates that node (as Gephi does) with a warning;
		* self-loops are skipped with a warning (the app's graph has none).
		*/
		addEdge(key, source, target, directed, attrs, where) {
			if (source === "" || target === "") {
				this.error(where, `expected a non-empty ${source === "" ? "source" : "target"} node id`);
				return;
			}
			const reserved = [source, target].find(isReservedNodeId);
			if (reserved !== void 0) {
				this.error(where, reservedNodeIdMessage(reserved));
				return;
			}
			if (!this.checkDepth(attrs, where)) return;
			if (source === target) {
				this.selfLoops++;
				if (this.selfLoops <= 5) this.warn(where, `edge from "${source}" to itself skipped (self-loops are not shown)`);
				return;
			}
			for (const end of [source, target]) if (!this.graph.hasNode(end)) {
				this.graph.addNode(end, {});
				this.autoCreated.add(end);
				this.autoNodes++;
			}
			let edgeKey = key;
			if (edgeKey === void 0 || edgeKey === "") do
				edgeKey = `e${++this.generatedKey}`;
			while (this.graph.hasEdge(edgeKey));
			else if (this.graph.hasEdge(edgeKey)) {
				const original = edgeKey;
				do
					edgeKey = `${original}~${++this.generatedKey}`;
				while (this.graph.hasEdge(edgeKey));
				this.warnOnce("duplicate-edge-id", where, `edge id "${original}" is used twice; the later edge is kept as "${edgeKey}" (further repeats renamed alike)`);
			}
			const clean = cleanKeys(attrs);
			if (directed) this.graph.addDirectedEdgeWithKey(edgeKey, source, target, clean);
			else this.graph.addUndirectedEdgeWithKey(edgeKey, source, target, clean);
		}
		/** False (with an error) when an attribute value nests deeper than MAX_VALUE_DEPTH. */
		checkDepth(attrs, where) {
			for (const [key, value] of Object.entries(attrs)) {
				if (typeof value !== "object" || value === null) continue;
				if (nestingDepth(value, 100) > 100) {
					this.error(where, `attribute "${key}" nests lists or objects more than 100 levels deep; expected at most 100 (got ${preview(value)})`);
					return false;
				}
			}
			return true;
		}
		/** Runs `parse`, then normalises and returns the result; never throws. */
		static async run(format, parse, options = {}) {
			const b = new GraphBuilder(format);
			try {
				await parse(b);
			} catch (e) {
				if (!(e instanceof TooManyErrors)) throw e;
				b.errors.push({
					where: "file",
					message: `stopped after ${MAX_ERRORS} errors`
				});
			}
			return b.finish({
				...b.graphAttributes,
				...options.origin
			});
		}
		finish(graphAttrs) {
			if (!this.failed) this.checkDepth(graphAttrs, "graph attributes");
			if (this.failed) return {
				ok: false,
				errors: this.errors,
				warnings: this.warnings,
				format: this.format
			};
			if (this.graph.order === 0) return {
				ok: false,
				errors: [{
					where: "file",
					message: "no nodes found; expected at least one node or edge"
				}],
				warnings: this.warnings,
				format: this.format
			};
			if (this.autoNodes > 0 && this.nodesDeclared) {
				const some = [...this.autoCreated].slice(0, 5).map((id) => `"${id}"`).join(", ");
				this.warn("file", `${this.autoNodes} node${this.autoNodes > 1 ? "s" : ""} named only by edges ${this.autoNodes > 1 ? "were" : "was"} created: ${some}${this.autoNodes > 5 ? ", …" : ""}`);
			}
			if (this.selfLoops > 5) this.warn("file", `${this.selfLoops} self-loops skipped in all`);
			this.graph.mergeAttributes(cleanKeys(graphAttrs));
			const graph = recoverForeignGraph(this.graph);
			normalizeGraph(graph, this);
			graph.mergeAttributes({
				origin: "import",
				importFormat: this.format
			});
			return {
				ok: true,
				graph,
				warnings: this.warnings,
				format: this.format
			};
		}
	};
	/** How deep lists and objects nest in a value (a scalar is 0), without recursion; stops past `limit`. */
	function nestingDepth(value, limit = Infinity) {
		let max = 0;
		const stack = [[value, 0]];
		for (let top = stack.pop(); top !== void 0; top = stack.pop()) {
			const [v, depth] = top;
			if (typeof v !== "object" || v === null) continue;
			if (depth + 1 > max) {
				max = depth + 1;
				if (max > limit) return max;
			}
			for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
		}
		return max;
	}
	/** The start of a deep value as JSON-like text, for messages (built without recursion). */
	function preview(value) {
		let out = "";
		let v = value;
		while (out.length < 40 && typeof v === "object" && v !== null) {
			if (Array.isArray(v)) {
				out += "[";
				v = v[0];
				continue;
			}
			const key = Object.keys(v)[0];
			if (key === void 0) break;
			out += `{${JSON.stringify(key)}:`;
			v = v[key];
		}
		return `${out.slice(0, 40)}…`;
	}
	/** Drops "__proto__" keys (they would re-parent the attribute object instead of adding a value). */
	function cleanKeys(attrs) {
		if (!Object.prototype.hasOwnProperty.call(attrs, "__proto__")) return attrs;
		const out = {};
		for (const [k, v] of Object.entries(attrs)) if (k !== "__proto__") out[k] = v;
		return out;
	}
	const nonEmpty$1 = (v) => typeof v === "string" && v.trim() !== "";
	/** Fills in the attributes the app relies on; values a file does give are kept as they are. */
	function normalizeGraph(graph, b) {
		graph.forEachNode((id, a) => {
			const attrs = a;
			const label = nonEmpty$1(attrs.label) ? attrs.label : nonEmpty$1(attrs.name) ? attrs.name : scalarText(attrs.label) || id;
			attrs.label = label;
			if (!nonEmpty$1(attrs.labelJa)) attrs.labelJa = label;
			if (!nonEmpty$1(attrs.kind)) attrs.kind = FOREIGN_DEFAULTS.kind;
			if (!isStringList(attrs.aliases)) attrs.aliases = toStringList(attrs.aliases);
			const x = attrs.x;
			const y = attrs.y;
			if ((x !== void 0 || y !== void 0) && !(isFiniteNumber(x) && isFiniteNumber(y))) {
				b.warnOnce("position", `node "${id}"`, "positions that are not a pair of numbers x, y are ignored; the app lays those nodes out");
				delete attrs.x;
				delete attrs.y;
			}
		});
		graph.forEachEdge((id, a) => {
			const attrs = a;
			if (!nonEmpty$1(attrs.relation)) attrs.relation = nonEmpty$1(attrs.type) ? attrs.type : FOREIGN_DEFAULTS.relation;
			if (!nonEmpty$1(attrs.status)) attrs.status = FOREIGN_DEFAULTS.status;
			if (!nonEmpty$1(attrs.certainty)) attrs.certainty = FOREIGN_DEFAULTS.certainty;
			for (const k of ["start", "end"]) if (typeof attrs[k] === "number") attrs[k] = String(attrs[k]);
			const ev = attrs.evidence;
			if (Array.isArray(ev) && ev.every((item) => typeof item === "object" && item !== null && !Array.isArray(item))) return;
			if (ev !== void 0 && ev !== null && ev !== "") {
				attrs.evidenceRaw = ev;
				b.warnOnce("evidence", `edge "${id}"`, "evidence that is not a list of objects is kept as \"evidenceRaw\" and not shown as evidence");
			}
			attrs.evidence = [];
		});
	}
	function isStringList(v) {
		return Array.isArray(v) && v.every((x) => typeof x === "string");
	}
	function isFiniteNumber(v) {
		return typeof v === "number" && Number.isFinite(v);
	}
	function scalarText(v) {
		return typeof v === "number" || typeof v === "boolean" ? String(v) : "";
	}
	/** aliases: a list of strings; a single string is split on "|" or ";". */
	function toStringList(v) {
		if (Array.isArray(v)) return v.filter((x) => x !== null && x !== void 0).map((x) => typeof x === "string" ? x : JSON.stringify(x));
		if (typeof v === "string") return v.split(/[|;]/).map((s) => s.trim()).filter((s) => s !== "");
		return [];
	}
	/** Direction of an edge whose file says nothing about it: our relation types know; others are directed. */
	function defaultDirected(relation) {
		return typeof relation === "string" && Object.prototype.hasOwnProperty.call(RELATION_INFO, relation) ? RELATION_INFO[relation].directed : true;
	}
	// src/io/columns.ts
	/**
	* Reads a typed value. `type` is a GEXF or GraphML type name (integer, long, float, double,
	* boolean, string, liststring, ...) or 'json'. Unknown types read as strings.
	*/
	function parseTyped(text, type) {
		const t = type.toLowerCase();
		switch (t) {
			case "json": try {
				return {
					ok: true,
					value: JSON.parse(text)
				};
			} catch {
				return {
					ok: false,
					expected: "JSON text"
				};
			}
			case "integer":
			case "int":
			case "long":
			case "short":
			case "byte":
			case "biginteger": {
				const s = text.trim();
				return /^[+-]?\d+$/.test(s) ? {
					ok: true,
					value: Number(s)
				} : {
					ok: false,
					expected: `an ${t === "integer" ? "integer" : `integer (${t})`}`
				};
			}
			case "float":
			case "double":
			case "bigdecimal": {
				const s = text.trim();
				const special = {
					INF: Infinity,
					"-INF": -Infinity,
					NaN: NaN,
					Infinity: Infinity,
					"-Infinity": -Infinity
				};
				if (s in special && Object.prototype.hasOwnProperty.call(special, s)) return {
					ok: true,
					value: special[s]
				};
				const n = Number(s);
				return s !== "" && Number.isFinite(n) ? {
					ok: true,
					value: n
				} : {
					ok: false,
					expected: `a number (${t})`
				};
			}
			case "boolean": {
				const s = text.trim().toLowerCase();
				if (s === "true" || s === "1") return {
					ok: true,
					value: true
				};
				if (s === "false" || s === "0") return {
					ok: true,
					value: false
				};
				return {
					ok: false,
					expected: "true or false"
				};
			}
			default:
				if (t.startsWith("list")) return {
					ok: true,
					value: parseList(text, t.slice(4))
				};
				return {
					ok: true,
					value: text
				};
		}
	}
	/** GEXF list values: "[a, b, c]" (GEXF 1.3, Gephi) or "a|b|c" (GEXF 1.2). */
	function parseList(text, itemType) {
		const s = text.trim();
		const body = s.startsWith("[") && s.endsWith("]") ? s.slice(1, -1) : s;
		const parts = body === "" ? [] : body.split(s.startsWith("[") ? "," : "|").map((p) => p.trim());
		if (itemType === "string" || itemType === "char") return parts;
		return parts.map((p) => {
			const r = parseTyped(p, itemType);
			return r.ok ? r.value : p;
		});
	}
	// src/io/xml.ts
	var XmlSyntaxError = class extends Error {
		line;
		constructor(line, message) {
			super(message);
			this.line = line;
		}
	};
	const PREDEFINED = {
		lt: "<",
		gt: ">",
		amp: "&",
		quot: "\"",
		apos: "'"
	};
	function localName(name) {
		const colon = name.indexOf(":");
		return colon < 0 ? name : name.slice(colon + 1);
	}
	/**
	* Pull reader: `next()` returns the next event or null at the end, and throws XmlSyntaxError with
	* a line number for malformed input (unclosed or mismatched tags, unterminated constructs).
	* Self-closing tags produce an open event followed by a close event.
	*/
	var XmlReader = class {
		text;
		pos = 0;
		line = 1;
		/** Offset of the first line break not yet counted (-1: none left; undefined: not searched). */
		nextBreak;
		stack = [];
		pendingClose = null;
		sawRoot = false;
		constructor(text) {
			this.text = text;
		}
		get position() {
			return this.pos;
		}
		get length() {
			return this.text.length;
		}
		/**
		* 1-based line of a character offset (offsets must not go backwards between calls). Each line
		* break is found once, so counting lines costs one pass over the text in all (a file on one
		* line is not rescanned to its end on every call).
		*/
		lineAt(offset) {
			const text = this.text;
			let next = this.nextBreak ?? text.indexOf("\n");
			while (next !== -1 && next < offset) {
				this.line++;
				next = text.indexOf("\n", next + 1);
			}
			this.nextBreak = next;
			return this.line;
		}
		next() {
			if (this.pendingClose) {
				const ev = this.pendingClose;
				this.pendingClose = null;
				return ev;
			}
			const text = this.text;
			for (;;) {
				if (this.pos >= text.length) {
					const open = this.stack[this.stack.length - 1];
					if (open) throw new XmlSyntaxError(this.lineAt(text.length), `unexpected end of file: <${open.name}> opened at line ${open.line} is not closed`);
					if (!this.sawRoot) throw new XmlSyntaxError(this.lineAt(text.length), "no root element");
					return null;
				}
				const lt = text.indexOf("<", this.pos);
				if (lt !== this.pos) {
					const end = lt === -1 ? text.length : lt;
					const raw = text.slice(this.pos, end);
					const line = this.lineAt(this.pos);
					this.pos = end;
					if (this.stack.length === 0) {
						if (raw.trim() !== "") throw new XmlSyntaxError(line, this.sawRoot ? "text after the end of the root element" : "expected \"<\" at the start of the document");
						continue;
					}
					return {
						type: "text",
						text: decodeEntities(raw.replace(/\r\n?/g, "\n"), line),
						line
					};
				}
				const line = this.lineAt(lt);
				const c = text.charCodeAt(lt + 1);
				if (c === 63) {
					this.pos = this.skipPast(lt, "?>", "processing instruction", line);
					continue;
				}
				if (c === 33) {
					if (text.startsWith("<!--", lt)) {
						this.pos = this.skipPast(lt + 4, "-->", "comment", line);
						continue;
					}
					if (text.startsWith("<![CDATA[", lt)) {
						const end = text.indexOf("]]>", lt + 9);
						if (end === -1) throw new XmlSyntaxError(line, "a CDATA section is not closed (\"]]>\")");
						this.pos = end + 3;
						if (this.stack.length === 0) throw new XmlSyntaxError(line, "CDATA outside the root");
						return {
							type: "text",
							text: text.slice(lt + 9, end).replace(/\r\n?/g, "\n"),
							line
						};
					}
					if (text.startsWith("<!DOCTYPE", lt)) {
						this.pos = this.skipDoctype(lt, line);
						continue;
					}
					throw new XmlSyntaxError(line, "unexpected \"<!\"; expected a comment, CDATA or DOCTYPE");
				}
				if (c === 47) {
					const gt = text.indexOf(">", lt);
					if (gt === -1) throw new XmlSyntaxError(line, "an end tag is not closed with \">\"");
					const name = text.slice(lt + 2, gt).trim();
					this.pos = gt + 1;
					const open = this.stack.pop();
					if (!open) throw new XmlSyntaxError(line, `unexpected end tag </${name}>`);
					if (open.name !== name) throw new XmlSyntaxError(line, `expected </${open.name}> (opened at line ${open.line}), found </${name}>`);
					return {
						type: "close",
						name,
						local: localName(name),
						line
					};
				}
				return this.readStartTag(lt, line);
			}
		}
		skipPast(from, terminator, what, line) {
			const end = this.text.indexOf(terminator, from);
			if (end === -1) throw new XmlSyntaxError(line, `a ${what} is not closed ("${terminator}")`);
			return end + terminator.length;
		}
		/** Skips <!DOCTYPE ...> including an internal subset; its entities are never expanded. */
		skipDoctype(from, line) {
			const text = this.text;
			let depth = 0;
			for (let i = from + 9; i < text.length; i++) {
				const ch = text[i];
				if (ch === "[") depth++;
				else if (ch === "]") depth--;
				else if (ch === ">" && depth <= 0) return i + 1;
			}
			throw new XmlSyntaxError(line, "a DOCTYPE declaration is not closed");
		}
		readStartTag(lt, line) {
			const text = this.text;
			let i = lt + 1;
			const nameStart = i;
			while (i < text.length && !isNameEnd(text.charCodeAt(i))) i++;
			const name = text.slice(nameStart, i);
			if (name === "") throw new XmlSyntaxError(line, "expected an element name after \"<\"");
			if (this.stack.length === 0 && this.sawRoot) throw new XmlSyntaxError(line, `a second root element <${name}>; expected one root`);
			const attrs = /* @__PURE__ */ new Map();
			for (;;) {
				while (i < text.length && isSpace(text.charCodeAt(i))) i++;
				if (i >= text.length) throw new XmlSyntaxError(line, `the tag <${name}> is not closed`);
				const ch = text[i];
				if (ch === ">" || ch === "/" && text[i + 1] === ">") {
					const selfClosing = ch === "/";
					this.pos = i + (selfClosing ? 2 : 1);
					this.sawRoot = true;
					const local = localName(name);
					if (selfClosing) this.pendingClose = {
						type: "close",
						name,
						local,
						line
					};
					else this.stack.push({
						name,
						line
					});
					return {
						type: "open",
						name,
						local,
						attrs,
						line
					};
				}
				const attrStart = i;
				while (i < text.length && !isNameEnd(text.charCodeAt(i)) && text[i] !== "=") i++;
				const attrName = text.slice(attrStart, i);
				if (attrName === "") throw new XmlSyntaxError(line, `unexpected "${ch}" in <${name}>; expected an attribute`);
				while (i < text.length && isSpace(text.charCodeAt(i))) i++;
				if (text[i] !== "=") throw new XmlSyntaxError(line, `attribute ${attrName} of <${name}> has no "=" and value`);
				i++;
				while (i < text.length && isSpace(text.charCodeAt(i))) i++;
				const quote = text[i];
				if (quote !== "\"" && quote !== "'") throw new XmlSyntaxError(line, `attribute ${attrName} of <${name}>: expected a quoted value`);
				const end = text.indexOf(quote, i + 1);
				if (end === -1) throw new XmlSyntaxError(line, `attribute ${attrName} of <${name}>: the value is not closed`);
				const raw = text.slice(i + 1, end);
				if (raw.includes("<")) throw new XmlSyntaxError(line, `attribute ${attrName} of <${name}> contains "<"`);
				attrs.set(attrName, decodeEntities(raw.replace(/\r\n?|[\n\t]/g, " "), line));
				i = end + 1;
			}
		}
	};
	function isSpace(c) {
		return c === 32 || c === 9 || c === 10 || c === 13;
	}
	function isNameEnd(c) {
		return isSpace(c) || c === 62 || c === 47;
	}
	/** Predefined and numeric entities; a lone "&" or an unknown entity stays as written. */
	function decodeEntities(raw, line) {
		if (raw.indexOf("&") === -1) return raw;
		return raw.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,9});/g, (m, ref) => {
			if (ref[0] !== "#") return PREDEFINED[ref] ?? m;
			const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			if (code > 1114111 || code >= 55296 && code <= 57343 || code === 0) throw new XmlSyntaxError(line, `invalid character reference ${m}`);
			return String.fromCodePoint(code);
		});
	}
	// src/io/slicer.ts
	var ImportCancelled = class extends Error {
		constructor() {
			super("import: cancelled");
		}
	};
	var Slicer = class {
		options;
		count = 0;
		last = now();
		sliceMs;
		constructor(options) {
			this.options = options;
			this.sliceMs = options.sliceMs ?? 12;
		}
		/** Cheap when called per element: looks at the clock every 64 calls only. */
		async tick(phase, fraction) {
			if ((++this.count & 63) !== 0) return;
			if (now() - this.last < this.sliceMs) return;
			await this.pause(phase, fraction);
		}
		async pause(phase, fraction) {
			this.report(phase, fraction);
			await yieldToEventLoop();
			if (this.options.signal?.aborted) throw new ImportCancelled();
			this.last = now();
		}
		report(phase, fraction) {
			this.options.onProgress?.({
				phase,
				fraction: Math.max(0, Math.min(1, fraction))
			});
		}
		checkCancelled() {
			if (this.options.signal?.aborted) throw new ImportCancelled();
		}
	};
	function now() {
		return typeof performance !== "undefined" ? performance.now() : Date.now();
	}
	/** A macrotask boundary: MessageChannel where available (no 4 ms clamping), else setTimeout. */
	function yieldToEventLoop() {
		if (typeof MessageChannel !== "undefined") return new Promise((resolve) => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				channel.port1.close();
				channel.port2.close();
				resolve();
			};
			channel.port2.postMessage(null);
		});
		return new Promise((resolve) => setTimeout(resolve, 0));
	}
	// src/io/xml-graph.ts
	/** `line 12, <edge id="e3">`: the place of an element in messages. */
	const where = (line, what) => `line ${line}, ${what}`;
	/** `<node id="a">`, or `<node>` without an id. */
	function describeElement(local, attrs) {
		const id = attrs.get("id");
		return id !== void 0 ? `<${local} id="${id}">` : `<${local}>`;
	}
	/** Runs the shared loop over `text`: the root must be <`root`>; `handler(b)` reads the rest. */
	function readXmlGraph(text, options, format, root, handler) {
		const slicer = new Slicer(options);
		const reader = new XmlReader(text);
		return GraphBuilder.run(format, async (b) => {
			const h = handler(b);
			let gathered = "";
			let first = true;
			try {
				for (let ev = reader.next(); ev; ev = reader.next()) {
					await slicer.tick("parse", reader.position / reader.length);
					if (first && ev.type === "open") {
						first = false;
						if (ev.local !== root) {
							b.error(where(ev.line, `<${ev.name}>`), `expected a <${root}> root element, found <${ev.name}>`);
							return;
						}
						continue;
					}
					if (ev.type === "text") {
						if (h.text?.(ev.text) ?? true) gathered += ev.text;
					} else if (ev.type === "close") {
						const t = gathered;
						gathered = "";
						h.close(ev, t);
					} else {
						gathered = "";
						h.open(ev);
					}
				}
			} catch (e) {
				if (e instanceof XmlSyntaxError) {
					b.error(`line ${e.line}`, `not well-formed XML: ${e.message}`);
					return;
				}
				throw e;
			}
			h.end?.();
		});
	}
	/**
	* Stores one value read from the file in `target`: typed as declared (a value that does not fit
	* its type is kept as text with a warning), or as text with a warning when nothing declares `ref`.
	*/
	function storeValue(b, target, ref, value, declared, place, undeclared) {
		if (!declared) {
			b.warnOnce(`undeclared-${ref}`, place, undeclared);
			target[ref] = value;
			return;
		}
		const parsed = parseTyped(value, declared.type);
		if (parsed.ok) target[declared.name] = parsed.value;
		else {
			b.warn(place, `"${truncate$1(value)}" is not ${parsed.expected} as declared for "${declared.name}"; kept as text`);
			target[declared.name] = value;
		}
	}
	/** Fills the declared defaults an element does not give (values that do not fit are skipped). */
	function applyDefaults(p, declared) {
		for (const d of declared) {
			if (d.defaultValue === void 0 || p.attrs[d.name] !== void 0) continue;
			const parsed = parseTyped(d.defaultValue, d.type);
			if (parsed.ok) p.attrs[d.name] = parsed.value;
		}
	}
	/**
	* Adds a finished element to the graph: a node needs an id; an edge its two ends, and `directed`
	* decides its direction (called only when both ends are there).
	*/
	function addElement(b, p, directed) {
		const id = p.xml.get("id");
		const place = where(p.line, describeElement(p.kind, p.xml));
		if (p.kind === "node") {
			if (id === void 0) b.error(place, "expected an \"id\" attribute on <node>");
			else b.addNode(id, p.attrs, place);
			return;
		}
		const source = p.xml.get("source");
		const target = p.xml.get("target");
		if (source === void 0 || target === void 0) {
			b.error(place, "expected \"source\" and \"target\" attributes on <edge>");
			return;
		}
		b.addEdge(id, source, target, directed(place), p.attrs, place);
	}
	function truncate$1(s, n = 40) {
		return s.length > n ? `${s.slice(0, n)}…` : s;
	}
	// src/io/gexf.ts
	const JSON_SUFFIX = ".json";
	/** Reads GEXF 1.1–1.3 (Gephi, NetworkX, graphology-gexf, ours) on the shared XML loop. */
	function parseGexf(text, options = {}) {
		return readXmlGraph(text, options, "gexf", "gexf", gexfHandler);
	}
	function gexfHandler(b) {
		const declared = {
			node: /* @__PURE__ */ new Map(),
			edge: /* @__PURE__ */ new Map()
		};
		let attrClass = null;
		let currentDecl = null;
		let defaultEdgeType = "undirected";
		let inMeta = false;
		const graphAttrs = {};
		const stack = [];
		const top = () => stack[stack.length - 1];
		return {
			close(ev, text) {
				const p = top();
				if ((ev.local === "node" || ev.local === "edge") && p?.kind === ev.local) {
					stack.pop();
					finishElement$1(b, p, declared[p.kind], defaultEdgeType, top());
				} else if (ev.local === "default" && currentDecl) currentDecl.defaultValue = text;
				else if (ev.local === "attributes") attrClass = null;
				else if (ev.local === "attribute") currentDecl = null;
				else if (ev.local === "title" || ev.local === "description" || ev.local === "creator") {
					if (inMeta && text.trim() !== "") graphAttrs[ev.local === "title" ? "name" : ev.local] = text.trim();
				} else if (ev.local === "meta") inMeta = false;
			},
			open(ev) {
				const a = ev.attrs;
				const p = top();
				switch (ev.local) {
					case "meta":
						inMeta = true;
						break;
					case "graph":
						defaultEdgeType = (a.get("defaultedgetype") ?? "undirected").toLowerCase();
						if (a.get("mode") === "dynamic") b.warnOnce("dynamic", where(ev.line, "<graph>"), "a dynamic graph: time intervals are kept as start/end attributes where given; dynamic attribute values keep their last value");
						break;
					case "attributes": {
						const cls = a.get("class");
						attrClass = cls === "node" || cls === "edge" ? cls : null;
						if (!attrClass) b.warn(where(ev.line, "<attributes>"), `class "${cls ?? ""}" ignored; expected node or edge`);
						break;
					}
					case "attribute": {
						if (!attrClass) break;
						const id = a.get("id");
						if (id === void 0) {
							b.error(where(ev.line, "<attribute>"), "expected an id");
							break;
						}
						const title = a.get("title") ?? id;
						currentDecl = {
							id,
							name: title,
							type: id === `${title}${JSON_SUFFIX}` ? "json" : a.get("type") ?? "string"
						};
						declared[attrClass].set(id, currentDecl);
						break;
					}
					case "node":
					case "edge":
						if (ev.local === "edge" || stack.every((q) => q.kind === "node")) stack.push({
							kind: ev.local,
							line: ev.line,
							xml: a,
							attrs: {}
						});
						break;
					case "attvalue": {
						if (!p) break;
						const ref = a.get("for") ?? a.get("id");
						const value = a.get("value");
						const place = where(ev.line, `${describeElement(p.kind, p.xml)} <attvalue for="${ref ?? ""}">`);
						if (ref === void 0 || value === void 0) {
							b.error(place, "expected \"for\" and \"value\" attributes");
							break;
						}
						if (a.has("start") || a.has("end") || a.has("timestamp")) b.warnOnce("dynamic-values", place, "dynamic attribute values are flattened: the last value is kept");
						storeValue(b, p.attrs, ref, value, declared[p.kind].get(ref), place, `attribute "${ref}" is not declared in <attributes class="${p.kind}">; read as text`);
						break;
					}
					case "position":
						if (p?.kind === "node") {
							const x = Number(a.get("x"));
							const y = Number(a.get("y"));
							if (Number.isFinite(x) && Number.isFinite(y)) {
								p.attrs.x = x;
								p.attrs.y = y;
							} else b.warn(where(ev.line, `${describeElement("node", p.xml)} <viz:position>`), "expected numeric x and y; position ignored");
						}
						break;
					case "size":
					case "thickness":
						if (p) {
							const v = Number(a.get("value"));
							if (Number.isFinite(v)) p.attrs[p.kind === "node" ? "size" : "thickness"] = v;
						}
						break;
					case "color":
						if (p) {
							const c = readColor(a);
							if (c) p.attrs.color = c;
						}
						break;
					case "spells":
						b.warnOnce("spells", where(ev.line, "<spells>"), "spells (several time intervals) are not kept");
						break;
					case "parents": b.warnOnce("parents", where(ev.line, "<parents>"), "multiple parents are not kept");
				}
			},
			end() {
				Object.assign(b.graphAttributes, graphAttrs);
			}
		};
	}
	/** Completes a <node> or <edge> from its XML attributes and adds it. */
	function finishElement$1(b, p, declared, defaultEdgeType, parent) {
		applyDefaults(p, declared.values());
		const label = p.xml.get("label");
		if (label !== void 0 && p.attrs.label === void 0) p.attrs.label = label;
		for (const k of ["start", "end"]) {
			const v = p.xml.get(k);
			if (v !== void 0 && p.attrs[k] === void 0) p.attrs[k] = v;
		}
		if (p.kind === "node") {
			const pid = p.xml.get("pid") ?? parent?.xml.get("id");
			if (pid !== void 0 && p.attrs.parent === void 0) p.attrs.parent = pid;
		}
		addElement(b, p, (place) => {
			const weight = p.xml.get("weight");
			if (weight !== void 0 && p.attrs.weight === void 0) {
				const w = Number(weight);
				if (Number.isFinite(w)) p.attrs.weight = w;
				else b.warn(place, `weight "${truncate$1(weight)}" is not a number; ignored`);
			}
			const kind = p.xml.get("kind");
			if (kind !== void 0 && p.attrs.relation === void 0) p.attrs.relation = kind;
			const type = (p.xml.get("type") ?? "").toLowerCase();
			if (type === "directed") return true;
			if (type === "undirected" || type === "mutual") return false;
			if (type !== "") b.warn(place, `edge type "${type}" is not directed, undirected or mutual; read as the graph default`);
			else if (defaultEdgeType === "mixed") return defaultDirected(p.attrs.relation);
			return defaultEdgeType === "directed";
		});
	}
	function readColor(a) {
		const hex = a.get("hex");
		if (hex && /^#?[0-9a-f]{6}$/i.test(hex)) return `#${hex.replace("#", "").toLowerCase()}`;
		const [r, g, b] = [
			"r",
			"g",
			"b"
		].map((k) => Number(a.get(k)));
		if (![
			r,
			g,
			b
		].every((v) => v !== void 0 && Number.isInteger(v) && v >= 0 && v <= 255)) return void 0;
		const rgb = `#${[
			r,
			g,
			b
		].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
		const alpha = a.has("a") ? Number(a.get("a")) : 1;
		if (!Number.isFinite(alpha) || alpha >= 1 || alpha < 0) return rgb;
		return `${rgb}${Math.round(alpha * 255).toString(16).padStart(2, "0")}`;
	}
	// src/io/csv.ts
	/** An attribute whose name is a structural column is written as "attr.<name>". */
	const RENAMED = "attr.";
	/**
	* Spreadsheets run a cell that starts with = + - @ (or tab/CR) as a formula: such a cell is
	* written with a leading "'", which spreadsheets show as text. The full-width forms (＝＋－＠)
	* are guarded too, as a precaution for input methods that convert them. Plain numbers ("-12.5")
	* are left alone. The reader drops the "'" again (`unguardFormula`), so our own CSV files
	* round-trip exactly.
	*/
	const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
	const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
	/** Inverse of `guardFormula` for a cell read back: "'=x" → "=x"; other cells unchanged. */
	function unguardFormula(value) {
		return value.startsWith("'") && FORMULA_START.test(value.slice(1)) && !PLAIN_NUMBER.test(value.slice(1)) ? value.slice(1) : value;
	}
	var CsvSyntaxError = class extends Error {
		row;
		line;
		constructor(row, line, message) {
			super(message);
			this.row = row;
			this.line = line;
		}
	};
	/** The delimiter of the first line: the most frequent of , ; and tab outside quotes. */
	function sniffDelimiter(text) {
		const counts = {
			",": 0,
			";": 0,
			"	": 0
		};
		let quoted = false;
		for (let i = 0; i < text.length && i < 65536; i++) {
			const ch = text[i];
			if (ch === "\"") quoted = !quoted;
			else if (!quoted && (ch === "\n" || ch === "\r")) break;
			else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
		}
		let best = ",";
		for (const d of [";", "	"]) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
		return best;
	}
	/** RFC 4180 records, one at a time, with their row number (1 = header) and first line. */
	var CsvReader = class {
		text;
		delimiter;
		pos = 0;
		lineNo = 1;
		rowNo = 0;
		constructor(text, delimiter) {
			this.text = text;
			this.delimiter = delimiter;
		}
		get position() {
			return this.pos;
		}
		next() {
			const text = this.text;
			const d = this.delimiter;
			if (this.pos >= text.length) return null;
			const startLine = this.lineNo;
			const row = ++this.rowNo;
			const fields = [];
			let i = this.pos;
			for (;;) {
				if (text[i] === "\"") {
					let value = "";
					let j = i + 1;
					for (;;) {
						const q = text.indexOf("\"", j);
						if (q === -1) throw new CsvSyntaxError(row, startLine, `a quoted field (column ${fields.length + 1}) is not closed; expected a closing "`);
						const chunk = text.slice(j, q);
						value += chunk;
						this.lineNo += countNewlines(chunk);
						if (text[q + 1] === "\"") {
							value += "\"";
							j = q + 2;
							continue;
						}
						i = q + 1;
						break;
					}
					fields.push(value);
					const c = text[i];
					if (c === void 0 || c === "\n" || c === "\r" || c === d) {} else throw new CsvSyntaxError(row, startLine, `unexpected ${JSON.stringify(c)} after the closing quote of column ${fields.length}; expected "${d === "	" ? "\\t" : d}" or the end of the line`);
				} else {
					let j = i;
					while (j < text.length) {
						const c = text[j];
						if (c === d || c === "\n" || c === "\r") break;
						j++;
					}
					fields.push(text.slice(i, j));
					i = j;
				}
				const c = text[i];
				if (c === d) {
					i++;
					continue;
				}
				if (c === "\r") i += text[i + 1] === "\n" ? 2 : 1;
				else if (c === "\n") i++;
				if (c !== void 0) this.lineNo++;
				this.pos = i;
				return {
					fields,
					row,
					line: startLine
				};
			}
		}
	};
	function countNewlines(s) {
		let n = 0;
		for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
		return n;
	}
	const norm = (h) => h.trim().toLowerCase().replace(/[\s_-]+/g, "");
	const SOURCE_NAMES = [
		"source",
		"from",
		"src",
		"sourceid",
		"node1"
	];
	const TARGET_NAMES = [
		"target",
		"to",
		"dst",
		"targetid",
		"node2"
	];
	const NODE_ID_NAMES = [
		"id",
		"key",
		"nodeid",
		"node",
		"name"
	];
	/** Header spellings of the app's attributes (compared without case, spaces, "_" and "-"). */
	const CANONICAL = {
		label: "label",
		labelja: "labelJa",
		nameja: "labelJa",
		kind: "kind",
		aliases: "aliases",
		role: "role",
		iso: "iso",
		description: "description",
		x: "x",
		y: "y",
		size: "size",
		color: "color",
		relation: "relation",
		status: "status",
		certainty: "certainty",
		start: "start",
		end: "end",
		note: "note",
		evidence: "evidence",
		weight: "weight"
	};
	const NUMBER_KEYS = /* @__PURE__ */ new Set([
		"x",
		"y",
		"size",
		"weight"
	]);
	const STRING_KEYS = /* @__PURE__ */ new Set([
		"label",
		"labelJa",
		"kind",
		"role",
		"iso",
		"description",
		"color",
		"relation",
		"status",
		"certainty",
		"start",
		"end",
		"note"
	]);
	const DIRECTIONS = /* @__PURE__ */ new Set([
		"directed",
		"undirected",
		"mutual"
	]);
	function locate(file, r) {
		return `${file ? `${file} ` : ""}row ${r.row}${r.line !== r.row ? ` (line ${r.line})` : ""}`;
	}
	async function readTable(file, text, b, slicer, isHeader) {
		const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
		const reader = new CsvReader(body, sniffDelimiter(body));
		const rows = [];
		try {
			for (let r = reader.next(); r; r = reader.next()) {
				await slicer.tick("parse", reader.position / (body.length || 1));
				if (r.fields.length === 1 && r.fields[0]?.trim() === "") continue;
				r.fields = r.fields.map(unguardFormula);
				rows.push(r);
			}
		} catch (e) {
			if (e instanceof CsvSyntaxError) {
				b.error(locate(file, e), e.message);
				return null;
			}
			throw e;
		}
		const first = rows[0];
		if (first && isHeader(first.fields)) {
			rows.shift();
			return {
				file,
				header: first.fields.map((h, i) => h.trim() || `column ${i + 1}`),
				rows
			};
		}
		return {
			file,
			header: null,
			rows
		};
	}
	const hasName = (cells, names) => cells.some((c) => names.includes(norm(c)));
	const isEdgeHeader = (cells) => hasName(cells, SOURCE_NAMES) && hasName(cells, TARGET_NAMES);
	const isNodeHeader = (cells) => hasName(cells, NODE_ID_NAMES) && !isEdgeHeader(cells);
	function findColumn(header, names) {
		for (const name of names) {
			const i = header.findIndex((h) => norm(h) === name);
			if (i >= 0) return i;
		}
		return -1;
	}
	/** Attribute key of a header cell: the app's spelling for known names, the header text otherwise. */
	function attributeKey(h) {
		if (h.startsWith(RENAMED)) return h.slice(5);
		return CANONICAL[norm(h)] ?? h.trim();
	}
	/** How each extra column is read: numbers, booleans or JSON when every non-empty cell is one. */
	function converters(keys, rows, skip) {
		return keys.map((key, col) => {
			if (skip.has(col) || STRING_KEYS.has(key)) return (s) => s;
			if (NUMBER_KEYS.has(key)) return (s) => s.trim() !== "" && Number.isFinite(Number(s)) ? Number(s) : s;
			if (key === "aliases" || key === "evidence") return (s) => tryJson(s) ?? s;
			let allNum = true;
			let allBool = true;
			let allJson = true;
			let any = false;
			for (const r of rows) {
				const v = r.fields[col];
				if (v === void 0 || v === "") continue;
				any = true;
				if (allNum && !(v.trim() !== "" && Number.isFinite(Number(v)))) allNum = false;
				if (allBool && v !== "true" && v !== "false") allBool = false;
				if (allJson && !((v.startsWith("[") || v.startsWith("{")) && tryJson(v) !== void 0)) allJson = false;
				if (!allNum && !allBool && !allJson) break;
			}
			if (!any) return (s) => s;
			if (allNum) return (s) => Number(s);
			if (allBool) return (s) => s === "true";
			if (allJson) return (s) => tryJson(s);
			return (s) => s;
		});
	}
	function tryJson(s) {
		const t = s.trim();
		if (!(t.startsWith("[") || t.startsWith("{"))) return void 0;
		try {
			return JSON.parse(t);
		} catch {
			return;
		}
	}
	function parseDirected(v) {
		const s = v.trim().toLowerCase();
		if ([
			"true",
			"yes",
			"1",
			"directed"
		].includes(s)) return true;
		if ([
			"false",
			"no",
			"0",
			"undirected",
			"mutual"
		].includes(s)) return false;
	}
	/** Imports an edge list and/or a node list. A single file is recognised by its header. */
	async function parseCsv(input, options = {}) {
		const slicer = new Slicer(options);
		return GraphBuilder.run("csv", async (b) => {
			if (input.nodes) {
				const table = await readTable(input.nodes.name, input.nodes.text, b, slicer, isNodeHeader);
				if (!table) return;
				if (!table.header) {
					b.error(locate(table.file, {
						row: 1,
						line: 1
					}), `expected a header naming an id column (one of: ${NODE_ID_NAMES.join(", ")})`);
					return;
				}
				await readNodes(b, table, slicer);
			}
			if (input.edges) {
				b.nodesDeclared = !!input.nodes;
				const table = await readTable(input.edges.name, input.edges.text, b, slicer, (cells) => isEdgeHeader(cells) || !input.nodes && isNodeHeader(cells));
				if (!table) return;
				if (table.header && !isEdgeHeader(table.header) && isNodeHeader(table.header)) {
					await readNodes(b, table, slicer);
					return;
				}
				await readEdges(b, table, slicer);
			}
		});
	}
	async function readNodes(b, table, slicer) {
		const header = table.header;
		const idCol = findColumn(header, NODE_ID_NAMES);
		const keys = header.map(attributeKey);
		const conv = converters(keys, table.rows, /* @__PURE__ */ new Set([idCol]));
		const nameCol = header.findIndex((h) => norm(h) === "name");
		const hasLabel = keys.includes("label");
		for (let i = 0; i < table.rows.length; i++) {
			await slicer.tick("build", i / table.rows.length);
			const r = table.rows[i];
			const where = locate(table.file, r);
			if (!checkWidth(b, r, header.length, where)) continue;
			const id = (r.fields[idCol] ?? "").trim();
			if (id === "") {
				b.error(where, `expected a node id in column "${header[idCol]}"`);
				continue;
			}
			const attrs = {};
			r.fields.forEach((v, col) => {
				if (col === idCol || v === "") return;
				attrs[keys[col]] = conv[col](v);
			});
			if (!hasLabel && nameCol >= 0 && nameCol !== idCol && attrs.name !== void 0) attrs.label = attrs.name;
			b.addNode(id, attrs, where);
		}
	}
	async function readEdges(b, table, slicer) {
		let header = table.header;
		if (!header) {
			const width = Math.max(0, ...table.rows.map((r) => r.fields.length));
			if (width < 2) {
				b.error(locate(table.file, {
					row: 1,
					line: 1
				}), `expected a header with source and target columns (for example "source,target,relation"), or at least two columns`);
				return;
			}
			header = [
				"source",
				"target",
				"relation",
				...Array.from({ length: Math.max(0, width - 3) }, (_, i) => `column ${i + 4}`)
			].slice(0, width);
			b.warn(locate(table.file, {
				row: 1,
				line: 1
			}), `no header row: read column 1 as source, 2 as target${width > 2 ? ", 3 as relation" : ""}`);
		}
		const src = findColumn(header, SOURCE_NAMES);
		const tgt = findColumn(header, TARGET_NAMES);
		const idCol = findColumn(header, [
			"id",
			"key",
			"edgeid"
		]);
		const dirCol = findColumn(header, ["directed"]);
		const typeCol = findColumn(header, ["type"]);
		const typeIsDirection = typeCol >= 0 && table.rows.every((r) => (r.fields[typeCol] ?? "") === "" || DIRECTIONS.has((r.fields[typeCol] ?? "").trim().toLowerCase()));
		const keys = header.map(attributeKey);
		const hasRelation = keys.includes("relation");
		if (typeCol >= 0 && !typeIsDirection && !hasRelation) keys[typeCol] = "relation";
		const structural = new Set([
			src,
			tgt,
			idCol,
			dirCol,
			typeIsDirection ? typeCol : -1
		].filter((c) => c >= 0));
		const conv = converters(keys, table.rows, structural);
		for (let i = 0; i < table.rows.length; i++) {
			await slicer.tick("build", i / table.rows.length);
			const r = table.rows[i];
			const where = locate(table.file, r);
			if (!checkWidth(b, r, header.length, where)) continue;
			const source = (r.fields[src] ?? "").trim();
			const target = (r.fields[tgt] ?? "").trim();
			if (source === "" || target === "") {
				b.error(where, `expected node ids in the "${header[src]}" and "${header[tgt]}" columns`);
				continue;
			}
			const attrs = {};
			r.fields.forEach((v, col) => {
				if (structural.has(col) || v === "") return;
				attrs[keys[col]] = conv[col](v);
			});
			let directed;
			const dirText = dirCol >= 0 ? r.fields[dirCol] ?? "" : typeIsDirection ? r.fields[typeCol] ?? "" : "";
			if (dirText !== "") {
				directed = parseDirected(dirText);
				if (directed === void 0) b.warn(where, `"${dirText}" is not a direction (expected true/false or directed/undirected); the relation's default is used`);
			}
			const id = idCol >= 0 ? (r.fields[idCol] ?? "").trim() || void 0 : void 0;
			b.addEdge(id, source, target, directed ?? defaultDirected(attrs.relation), attrs, where);
		}
	}
	function checkWidth(b, r, width, where) {
		if (r.fields.length <= width) return true;
		if (r.fields.slice(width).every((f) => f.trim() === "")) return true;
		b.error(where, `${r.fields.length} fields, but the header has ${width} columns; expected at most ${width} (quote fields that contain the delimiter)`);
		return false;
	}
	/** Whether the first line of a CSV text is an edge list header (source and target columns). */
	function isEdgeHeaderLine(text) {
		const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
		try {
			const first = new CsvReader(body, sniffDelimiter(body)).next();
			return !!first && isEdgeHeader(first.fields);
		} catch {
			return false;
		}
	}
	// node_modules/yaml/browser/dist/nodes/identity.js
	const ALIAS = Symbol.for("yaml.alias");
	const DOC = Symbol.for("yaml.document");
	const MAP = Symbol.for("yaml.map");
	const PAIR = Symbol.for("yaml.pair");
	const SCALAR$1 = Symbol.for("yaml.scalar");
	const SEQ = Symbol.for("yaml.seq");
	const NODE_TYPE = Symbol.for("yaml.node.type");
	const isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR$1;
	const isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case MAP:
			case SEQ: return true;
		}
		return false;
	}
	function isNode(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case ALIAS:
			case MAP:
			case SCALAR$1:
			case SEQ: return true;
		}
		return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
	// node_modules/yaml/browser/dist/visit.js
	const BREAK$1 = Symbol("break visit");
	const SKIP$1 = Symbol("skip children");
	const REMOVE$1 = Symbol("remove node");
	/**
	* Apply a visitor to an AST node or document.
	*
	* Walks through the tree (depth-first) starting from `node`, calling a
	* `visitor` function with three arguments:
	*   - `key`: For sequence values and map `Pair`, the node's index in the
	*     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	*     `null` for the root node.
	*   - `node`: The current node.
	*   - `path`: The ancestry of the current node.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this node, continue with next
	*     sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current node, then continue with the next one
	*   - `Node`: Replace the current node, then continue by visiting it
	*   - `number`: While iterating the items of a sequence or map, set the index
	*     of the next step. This is useful especially if the index of the current
	*     node has changed.
	*
	* If `visitor` is a single function, it will be called with all values
	* encountered in the tree, including e.g. `null` values. Alternatively,
	* separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	* `Alias` and `Scalar` node. To define the same visitor function for more than
	* one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	* and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	* specific defined one will be used for each node.
	*/
	function visit$1(node, visitor) {
		const visitor_ = initVisitor(visitor);
		if (isDocument(node)) {
			if (visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE$1) node.contents = null;
		} else visit_(null, node, visitor_, Object.freeze([]));
	}
	/** Terminate visit traversal completely */
	visit$1.BREAK = BREAK$1;
	/** Do not visit the children of the current node */
	visit$1.SKIP = SKIP$1;
	/** Remove the current node */
	visit$1.REMOVE = REMOVE$1;
	function visit_(key, node, visitor, path) {
		const ctrl = callVisitor(key, node, visitor, path);
		if (isNode(ctrl) || isPair(ctrl)) {
			replaceNode(key, path, ctrl);
			return visit_(key, ctrl, visitor, path);
		}
		if (typeof ctrl !== "symbol") {
			if (isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = visit_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK$1) return BREAK$1;
					else if (ci === REMOVE$1) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = visit_("key", node.key, visitor, path);
				if (ck === BREAK$1) return BREAK$1;
				else if (ck === REMOVE$1) node.key = null;
				const cv = visit_("value", node.value, visitor, path);
				if (cv === BREAK$1) return BREAK$1;
				else if (cv === REMOVE$1) node.value = null;
			}
		}
		return ctrl;
	}
	/**
	* Apply an async visitor to an AST node or document.
	*
	* Walks through the tree (depth-first) starting from `node`, calling a
	* `visitor` function with three arguments:
	*   - `key`: For sequence values and map `Pair`, the node's index in the
	*     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	*     `null` for the root node.
	*   - `node`: The current node.
	*   - `path`: The ancestry of the current node.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `Promise`: Must resolve to one of the following values
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this node, continue with next
	*     sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current node, then continue with the next one
	*   - `Node`: Replace the current node, then continue by visiting it
	*   - `number`: While iterating the items of a sequence or map, set the index
	*     of the next step. This is useful especially if the index of the current
	*     node has changed.
	*
	* If `visitor` is a single function, it will be called with all values
	* encountered in the tree, including e.g. `null` values. Alternatively,
	* separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	* `Alias` and `Scalar` node. To define the same visitor function for more than
	* one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	* and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	* specific defined one will be used for each node.
	*/
	async function visitAsync(node, visitor) {
		const visitor_ = initVisitor(visitor);
		if (isDocument(node)) {
			if (await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE$1) node.contents = null;
		} else await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK$1;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP$1;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE$1;
	async function visitAsync_(key, node, visitor, path) {
		const ctrl = await callVisitor(key, node, visitor, path);
		if (isNode(ctrl) || isPair(ctrl)) {
			replaceNode(key, path, ctrl);
			return visitAsync_(key, ctrl, visitor, path);
		}
		if (typeof ctrl !== "symbol") {
			if (isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = await visitAsync_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK$1) return BREAK$1;
					else if (ci === REMOVE$1) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = await visitAsync_("key", node.key, visitor, path);
				if (ck === BREAK$1) return BREAK$1;
				else if (ck === REMOVE$1) node.key = null;
				const cv = await visitAsync_("value", node.value, visitor, path);
				if (cv === BREAK$1) return BREAK$1;
				else if (cv === REMOVE$1) node.value = null;
			}
		}
		return ctrl;
	}
	function initVisitor(visitor) {
		if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) return Object.assign({
			Alias: visitor.Node,
			Map: visitor.Node,
			Scalar: visitor.Node,
			Seq: visitor.Node
		}, visitor.Value && {
			Map: visitor.Value,
			Scalar: visitor.Value,
			Seq: visitor.Value
		}, visitor.Collection && {
			Map: visitor.Collection,
			Seq: visitor.Collection
		}, visitor);
		return visitor;
	}
	function callVisitor(key, node, visitor, path) {
		if (typeof visitor === "function") return visitor(key, node, path);
		if (isMap(node)) return visitor.Map?.(key, node, path);
		if (isSeq(node)) return visitor.Seq?.(key, node, path);
		if (isPair(node)) return visitor.Pair?.(key, node, path);
		if (isScalar(node)) return visitor.Scalar?.(key, node, path);
		if (isAlias(node)) return visitor.Alias?.(key, node, path);
	}
	function replaceNode(key, path, node) {
		const parent = path[path.length - 1];
		if (isCollection(parent)) parent.items[key] = node;
		else if (isPair(parent)) {
			if (key === "key") parent.key = node;
			else parent.value = node;
		} else if (isDocument(parent)) parent.contents = node;
		else {
			const pt = isAlias(parent) ? "alias" : "scalar";
			throw new Error(`Cannot replace node with ${pt} parent`);
		}
	}
	// node_modules/yaml/browser/dist/doc/directives.js
	const escapeChars = {
		"!": "%21",
		",": "%2C",
		"[": "%5B",
		"]": "%5D",
		"{": "%7B",
		"}": "%7D"
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
	var Directives = class Directives {
		constructor(yaml, tags) {
			/**
			* The directives-end/doc-start marker `---`. If `null`, a marker may still be
			* included in the document's stringified representation.
			*/
			this.docStart = null;
			/** The doc-end marker `...`.  */
			this.docEnd = false;
			this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
			this.tags = Object.assign({}, Directives.defaultTags, tags);
		}
		clone() {
			const copy = new Directives(this.yaml, this.tags);
			copy.docStart = this.docStart;
			return copy;
		}
		/**
		* During parsing, get a Directives instance for the current document and
		* update the stream state according to the current version's spec.
		*/
		atDocument() {
			const res = new Directives(this.yaml, this.tags);
			switch (this.yaml.version) {
				case "1.1":
					this.atNextDocument = true;
					break;
				case "1.2":
					this.atNextDocument = false;
					this.yaml = {
						explicit: Directives.defaultYaml.explicit,
						version: "1.2"
					};
					this.tags = Object.assign({}, Directives.defaultTags);
			}
			return res;
		}
		/**
		* @param onError - May be called even if the action was successful
		* @returns `true` on success
		*/
		add(line, onError) {
			if (this.atNextDocument) {
				this.yaml = {
					explicit: Directives.defaultYaml.explicit,
					version: "1.1"
				};
				this.tags = Object.assign({}, Directives.defaultTags);
				this.atNextDocument = false;
			}
			const parts = line.trim().split(/[ \t]+/);
			const name = parts.shift();
			switch (name) {
				case "%TAG": {
					if (parts.length !== 2) {
						onError(0, "%TAG directive should contain exactly two parts");
						if (parts.length < 2) return false;
					}
					const [handle, prefix] = parts;
					this.tags[handle] = prefix;
					return true;
				}
				case "%YAML": {
					this.yaml.explicit = true;
					if (parts.length !== 1) {
						onError(0, "%YAML directive should contain exactly one part");
						return false;
					}
					const [version] = parts;
					if (version === "1.1" || version === "1.2") {
						this.yaml.version = version;
						return true;
					} else {
						const isValid = /^\d+\.\d+$/.test(version);
						onError(6, `Unsupported YAML version ${version}`, isValid);
						return false;
					}
				}
				default:
					onError(0, `Unknown directive ${name}`, true);
					return false;
			}
		}
		/**
		* Resolves a tag, matching handles to those defined in %TAG directives.
		*
		* @returns Resolved tag, which may also be the non-specific tag `'!'` or a
		*   `'!local'` tag, or `null` if unresolvable.
		*/
		tagName(source, onError) {
			if (source === "!") return "!";
			if (source[0] !== "!") {
				onError(`Not a valid tag: ${source}`);
				return null;
			}
			if (source[1] === "<") {
				const verbatim = source.slice(2, -1);
				if (verbatim === "!" || verbatim === "!!") {
					onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
					return null;
				}
				if (source[source.length - 1] !== ">") onError("Verbatim tags must end with a >");
				return verbatim;
			}
			const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
			if (!suffix) onError(`The ${source} tag has no suffix`);
			const prefix = this.tags[handle];
			if (prefix) try {
				return prefix + decodeURIComponent(suffix);
			} catch (error) {
				onError(String(error));
				return null;
			}
			if (handle === "!") return source;
			onError(`Could not resolve tag: ${source}`);
			return null;
		}
		/**
		* Given a fully resolved tag, returns its printable string form,
		* taking into account current tag prefixes and defaults.
		*/
		tagString(tag) {
			for (const [handle, prefix] of Object.entries(this.tags)) if (tag.startsWith(prefix)) return handle + escapeTagName(tag.substring(prefix.length));
			return tag[0] === "!" ? tag : `!<${tag}>`;
		}
		toString(doc) {
			const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
			const tagEntries = Object.entries(this.tags);
			let tagNames;
			if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
				const tags = {};
				visit$1(doc.contents, (_key, node) => {
					if (isNode(node) && node.tag) tags[node.tag] = true;
				});
				tagNames = Object.keys(tags);
			} else tagNames = [];
			for (const [handle, prefix] of tagEntries) {
				if (handle === "!!" && prefix === "tag:yaml.org,2002:") continue;
				if (!doc || tagNames.some((tn) => tn.startsWith(prefix))) lines.push(`%TAG ${handle} ${prefix}`);
			}
			return lines.join("\n");
		}
	};
	Directives.defaultYaml = {
		explicit: false,
		version: "1.2"
	};
	Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
	// node_modules/yaml/browser/dist/doc/anchors.js
	/**
	* Verify that the input string is a valid anchor.
	*
	* Will throw on errors.
	*/
	function anchorIsValid(anchor) {
		if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
			const msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
			throw new Error(msg);
		}
		return true;
	}
	function anchorNames(root) {
		const anchors = /* @__PURE__ */ new Set();
		visit$1(root, { Value(_key, node) {
			if (node.anchor) anchors.add(node.anchor);
		} });
		return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
		for (let i = 1;; ++i) {
			const name = `${prefix}${i}`;
			if (!exclude.has(name)) return name;
		}
	}
	function createNodeAnchors(doc, prefix) {
		const aliasObjects = [];
		const sourceObjects = /* @__PURE__ */ new Map();
		let prevAnchors = null;
		return {
			onAnchor: (source) => {
				aliasObjects.push(source);
				prevAnchors ?? (prevAnchors = anchorNames(doc));
				const anchor = findNewAnchor(prefix, prevAnchors);
				prevAnchors.add(anchor);
				return anchor;
			},
			/**
			* With circular references, the source node is only resolved after all
			* of its child nodes are. This is why anchors are set only after all of
			* the nodes have been created.
			*/
			setAnchors: () => {
				for (const source of aliasObjects) {
					const ref = sourceObjects.get(source);
					if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) ref.node.anchor = ref.anchor;
					else {
						const error = /* @__PURE__ */ new Error("Failed to resolve repeated object (this should not happen)");
						error.source = source;
						throw error;
					}
				}
			},
			sourceObjects
		};
	}
	// node_modules/yaml/browser/dist/doc/applyReviver.js
	/**
	* Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	* in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	* 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	*
	* Includes extensions for handling Map and Set objects.
	*/
	function applyReviver(reviver, obj, key, val) {
		if (val && typeof val === "object") {
			if (Array.isArray(val)) for (let i = 0, len = val.length; i < len; ++i) {
				const v0 = val[i];
				const v1 = applyReviver(reviver, val, String(i), v0);
				if (v1 === void 0) delete val[i];
				else if (v1 !== v0) val[i] = v1;
			}
			else if (val instanceof Map) for (const k of Array.from(val.keys())) {
				const v0 = val.get(k);
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) val.delete(k);
				else if (v1 !== v0) val.set(k, v1);
			}
			else if (val instanceof Set) for (const v0 of Array.from(val)) {
				const v1 = applyReviver(reviver, val, v0, v0);
				if (v1 === void 0) val.delete(v0);
				else if (v1 !== v0) {
					val.delete(v0);
					val.add(v1);
				}
			}
			else for (const [k, v0] of Object.entries(val)) {
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) delete val[k];
				else if (v1 !== v0) val[k] = v1;
			}
		}
		return reviver.call(obj, key, val);
	}
	// node_modules/yaml/browser/dist/nodes/toJS.js
	/**
	* Recursively convert any node or its contents to native JavaScript
	*
	* @param value - The input value
	* @param arg - If `value` defines a `toJSON()` method, use this
	*   as its first argument
	* @param ctx - Conversion context, originally set in Document#toJS(). If
	*   `{ keep: true }` is not set, output should be suitable for JSON
	*   stringification.
	*/
	function toJS(value, arg, ctx) {
		if (Array.isArray(value)) return value.map((v, i) => toJS(v, String(i), ctx));
		if (value && typeof value.toJSON === "function") {
			if (!ctx || !hasAnchor(value)) return value.toJSON(arg, ctx);
			const data = {
				aliasCount: 0,
				count: 1,
				res: void 0
			};
			ctx.anchors.set(value, data);
			ctx.onCreate = (res) => {
				data.res = res;
				delete ctx.onCreate;
			};
			const res = value.toJSON(arg, ctx);
			if (ctx.onCreate) ctx.onCreate(res);
			return res;
		}
		if (typeof value === "bigint" && !ctx?.keep) return Number(value);
		return value;
	}
	// node_modules/yaml/browser/dist/nodes/Node.js
	var NodeBase = class {
		constructor(type) {
			Object.defineProperty(this, NODE_TYPE, { value: type });
		}
		/** Create a copy of this node.  */
		clone() {
			const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** A plain JavaScript representation of this node. */
		toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			if (!isDocument(doc)) throw new TypeError("A document argument is required");
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc,
				keep: true,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS(this, "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
		}
	};
	// node_modules/yaml/browser/dist/nodes/Alias.js
	var Alias = class extends NodeBase {
		constructor(source) {
			super(ALIAS);
			this.source = source;
			Object.defineProperty(this, "tag", { set() {
				throw new Error("Alias nodes cannot have tags");
			} });
		}
		/**
		* Resolve the value of this alias within `doc`, finding the last
		* instance of the `source` anchor before this node.
		*/
		resolve(doc, ctx) {
			if (ctx?.maxAliasCount === 0) throw new ReferenceError("Alias resolution is disabled");
			let nodes;
			if (ctx?.aliasResolveCache) nodes = ctx.aliasResolveCache;
			else {
				nodes = [];
				visit$1(doc, { Node: (_key, node) => {
					if (isAlias(node) || hasAnchor(node)) nodes.push(node);
				} });
				if (ctx) ctx.aliasResolveCache = nodes;
			}
			let found = void 0;
			for (const node of nodes) {
				if (node === this) break;
				if (node.anchor === this.source) found = node;
			}
			if (found && ctx) {
				const { anchors, doc, maxAliasCount } = ctx;
				let data = anchors.get(found);
				if (!data) {
					toJS(found, null, ctx);
					data = anchors.get(found);
				}
				/* istanbul ignore if */
				if (data?.res === void 0) throw new ReferenceError("This should not happen: Alias anchor was not resolved?");
				if (maxAliasCount >= 0) {
					data.count += 1;
					if (data.aliasCount === 0) data.aliasCount = getAliasCount(doc, found, anchors);
					if (data.count * data.aliasCount > maxAliasCount) throw new ReferenceError("Excessive alias count indicates a resource exhaustion attack");
				}
			}
			return found;
		}
		toJSON(_arg, ctx) {
			if (!ctx) return { source: this.source };
			const source = this.resolve(ctx.doc, ctx);
			if (!source) {
				const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
				throw new ReferenceError(msg);
			}
			return ctx.anchors.get(source).res;
		}
		toString(ctx, _onComment, _onChompKeep) {
			const src = `*${this.source}`;
			if (ctx) {
				anchorIsValid(this.source);
				if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
					const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
					throw new Error(msg);
				}
				if (ctx.implicitKey) return `${src} `;
			}
			return src;
		}
	};
	function getAliasCount(doc, node, anchors) {
		if (isAlias(node)) {
			const source = node.resolve(doc);
			const anchor = anchors && source && anchors.get(source);
			return anchor ? anchor.count * anchor.aliasCount : 0;
		} else if (isCollection(node)) {
			let count = 0;
			for (const item of node.items) {
				const c = getAliasCount(doc, item, anchors);
				if (c > count) count = c;
			}
			return count;
		} else if (isPair(node)) {
			const kc = getAliasCount(doc, node.key, anchors);
			const vc = getAliasCount(doc, node.value, anchors);
			return Math.max(kc, vc);
		}
		return 1;
	}
	// node_modules/yaml/browser/dist/nodes/Scalar.js
	const isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
	var Scalar = class extends NodeBase {
		constructor(value) {
			super(SCALAR$1);
			this.value = value;
		}
		toJSON(arg, ctx) {
			return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
		}
		toString() {
			return String(this.value);
		}
	};
	Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
	Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
	Scalar.PLAIN = "PLAIN";
	Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
	Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
	// node_modules/yaml/browser/dist/doc/createNode.js
	const defaultTagPrefix = "tag:yaml.org,2002:";
	function findTagObject(value, tagName, tags) {
		if (tagName) {
			const match = tags.filter((t) => t.tag === tagName);
			const tagObj = match.find((t) => !t.format) ?? match[0];
			if (!tagObj) throw new Error(`Tag ${tagName} not found`);
			return tagObj;
		}
		return tags.find((t) => t.identify?.(value) && !t.format);
	}
	function createNode(value, tagName, ctx) {
		if (isDocument(value)) value = value.contents;
		if (isNode(value)) return value;
		if (isPair(value)) {
			const map = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
			map.items.push(value);
			return map;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) value = value.valueOf();
		const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
		let ref = void 0;
		if (aliasDuplicateObjects && value && typeof value === "object") {
			ref = sourceObjects.get(value);
			if (ref) {
				ref.anchor ?? (ref.anchor = onAnchor(value));
				return new Alias(ref.anchor);
			} else {
				ref = {
					anchor: null,
					node: null
				};
				sourceObjects.set(value, ref);
			}
		}
		if (tagName?.startsWith("!!")) tagName = defaultTagPrefix + tagName.slice(2);
		let tagObj = findTagObject(value, tagName, schema.tags);
		if (!tagObj) {
			if (value && typeof value.toJSON === "function") value = value.toJSON();
			if (!value || typeof value !== "object") {
				const node = new Scalar(value);
				if (ref) ref.node = node;
				return node;
			}
			tagObj = value instanceof Map ? schema[MAP] : Symbol.iterator in Object(value) ? schema[SEQ] : schema[MAP];
		}
		if (onTagObj) {
			onTagObj(tagObj);
			delete ctx.onTagObj;
		}
		const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
		if (tagName) node.tag = tagName;
		else if (!tagObj.default) node.tag = tagObj.tag;
		if (ref) ref.node = node;
		return node;
	}
	// node_modules/yaml/browser/dist/nodes/Collection.js
	function collectionFromPath(schema, path, value) {
		let v = value;
		for (let i = path.length - 1; i >= 0; --i) {
			const k = path[i];
			if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
				const a = [];
				a[k] = v;
				v = a;
			} else v = /* @__PURE__ */ new Map([[k, v]]);
		}
		return createNode(v, void 0, {
			aliasDuplicateObjects: false,
			keepUndefined: false,
			onAnchor: () => {
				throw new Error("This should not happen, please report a bug.");
			},
			schema,
			sourceObjects: /* @__PURE__ */ new Map()
		});
	}
	const isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
	var Collection = class extends NodeBase {
		constructor(type, schema) {
			super(type);
			Object.defineProperty(this, "schema", {
				value: schema,
				configurable: true,
				enumerable: false,
				writable: true
			});
		}
		/**
		* Create a copy of this collection.
		*
		* @param schema - If defined, overwrites the original's schema
		*/
		clone(schema) {
			const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
			if (schema) copy.schema = schema;
			copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema) : it);
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/**
		* Adds a value to the collection. For `!!map` and `!!omap` the value must
		* be a Pair instance or a `{ key, value }` object, which may not have a key
		* that already exists in the map.
		*/
		addIn(path, value) {
			if (isEmptyPath(path)) this.add(value);
			else {
				const [key, ...rest] = path;
				const node = this.get(key, true);
				if (isCollection(node)) node.addIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
		/**
		* Removes a value from the collection.
		* @returns `true` if the item was found and removed.
		*/
		deleteIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.delete(key);
			const node = this.get(key, true);
			if (isCollection(node)) return node.deleteIn(rest);
			else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			const [key, ...rest] = path;
			const node = this.get(key, true);
			if (rest.length === 0) return !keepScalar && isScalar(node) ? node.value : node;
			else return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
		}
		hasAllNullValues(allowScalar) {
			return this.items.every((node) => {
				if (!isPair(node)) return false;
				const n = node.value;
				return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
			});
		}
		/**
		* Checks if the collection includes a value with the key `key`.
		*/
		hasIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.has(key);
			const node = this.get(key, true);
			return isCollection(node) ? node.hasIn(rest) : false;
		}
		/**
		* Sets a value in this collection. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			const [key, ...rest] = path;
			if (rest.length === 0) this.set(key, value);
			else {
				const node = this.get(key, true);
				if (isCollection(node)) node.setIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
	};
	// node_modules/yaml/browser/dist/stringify/stringifyComment.js
	/**
	* Stringifies a comment.
	*
	* Empty comment lines are left empty,
	* lines consisting of a single space are replaced by `#`,
	* and all other lines are prefixed with a `#`.
	*/
	const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
	function indentComment(comment, indent) {
		if (/^\n+$/.test(comment)) return comment.substring(1);
		return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
	// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
	const FOLD_FLOW = "flow";
	const FOLD_BLOCK = "block";
	const FOLD_QUOTED = "quoted";
	/**
	* Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	* not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	* terminated with `\n` and started with `indent`.
	*/
	function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
		if (!lineWidth || lineWidth < 0) return text;
		if (lineWidth < minContentWidth) minContentWidth = 0;
		const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
		if (text.length <= endStep) return text;
		const folds = [];
		const escapedFolds = {};
		let end = lineWidth - indent.length;
		if (typeof indentAtStart === "number") {
			if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
			else end = lineWidth - indentAtStart;
		}
		let split = void 0;
		let prev = void 0;
		let overflow = false;
		let i = -1;
		let escStart = -1;
		let escEnd = -1;
		if (mode === "block") {
			i = consumeMoreIndentedLines(text, i, indent.length);
			if (i !== -1) end = i + endStep;
		}
		for (let ch; ch = text[i += 1];) {
			if (mode === "quoted" && ch === "\\") {
				escStart = i;
				switch (text[i + 1]) {
					case "x":
						i += 3;
						break;
					case "u":
						i += 5;
						break;
					case "U":
						i += 9;
						break;
					default: i += 1;
				}
				escEnd = i;
			}
			if (ch === "\n") {
				if (mode === "block") i = consumeMoreIndentedLines(text, i, indent.length);
				end = i + indent.length + endStep;
				split = void 0;
			} else {
				if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
					const next = text[i + 1];
					if (next && next !== " " && next !== "\n" && next !== "	") split = i;
				}
				if (i >= end) {
					if (split) {
						folds.push(split);
						end = split + endStep;
						split = void 0;
					} else if (mode === "quoted") {
						while (prev === " " || prev === "	") {
							prev = ch;
							ch = text[i += 1];
							overflow = true;
						}
						const j = i > escEnd + 1 ? i - 2 : escStart - 1;
						if (escapedFolds[j]) return text;
						folds.push(j);
						escapedFolds[j] = true;
						end = j + endStep;
						split = void 0;
					} else overflow = true;
				}
			}
			prev = ch;
		}
		if (overflow && onOverflow) onOverflow();
		if (folds.length === 0) return text;
		if (onFold) onFold();
		let res = text.slice(0, folds[0]);
		for (let i = 0; i < folds.length; ++i) {
			const fold = folds[i];
			const end = folds[i + 1] || text.length;
			if (fold === 0) res = `\n${indent}${text.slice(0, end)}`;
			else {
				if (mode === "quoted" && escapedFolds[fold]) res += `${text[fold]}\\`;
				res += `\n${indent}${text.slice(fold + 1, end)}`;
			}
		}
		return res;
	}
	/**
	* Presumes `i + 1` is at the start of a line
	* @returns index of last newline in more-indented block
	*/
	function consumeMoreIndentedLines(text, i, indent) {
		let end = i;
		let start = i + 1;
		let ch = text[start];
		while (ch === " " || ch === "	") if (i < start + indent) ch = text[++i];
		else {
			do
				ch = text[++i];
			while (ch && ch !== "\n");
			end = i;
			start = i + 1;
			ch = text[start];
		}
		return end;
	}
	// node_modules/yaml/browser/dist/stringify/stringifyString.js
	const getFoldOptions = (ctx, isBlock) => ({
		indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
		lineWidth: ctx.options.lineWidth,
		minContentWidth: ctx.options.minContentWidth
	});
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
		if (!lineWidth || lineWidth < 0) return false;
		const limit = lineWidth - indentLength;
		const strLen = str.length;
		if (strLen <= limit) return false;
		for (let i = 0, start = 0; i < strLen; ++i) if (str[i] === "\n") {
			if (i - start > limit) return true;
			start = i + 1;
			if (strLen - start <= limit) return false;
		}
		return true;
	}
	function doubleQuotedString(value, ctx) {
		const json = JSON.stringify(value);
		if (ctx.options.doubleQuotedAsJSON) return json;
		const { implicitKey } = ctx;
		const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		let str = "";
		let start = 0;
		for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
			if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
				str += json.slice(start, i) + "\\ ";
				i += 1;
				start = i;
				ch = "\\";
			}
			if (ch === "\\") switch (json[i + 1]) {
				case "u":
					{
						str += json.slice(start, i);
						const code = json.substr(i + 2, 4);
						switch (code) {
							case "0000":
								str += "\\0";
								break;
							case "0007":
								str += "\\a";
								break;
							case "000b":
								str += "\\v";
								break;
							case "001b":
								str += "\\e";
								break;
							case "0085":
								str += "\\N";
								break;
							case "00a0":
								str += "\\_";
								break;
							case "2028":
								str += "\\L";
								break;
							case "2029":
								str += "\\P";
								break;
							default: if (code.substr(0, 2) === "00") str += "\\x" + code.substr(2);
							else str += json.substr(i, 6);
						}
						i += 5;
						start = i + 1;
					}
					break;
				case "n":
					if (implicitKey || json[i + 2] === "\"" || json.length < minMultiLineLength) i += 1;
					else {
						str += json.slice(start, i) + "\n\n";
						while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== "\"") {
							str += "\n";
							i += 2;
						}
						str += indent;
						if (json[i + 2] === " ") str += "\\";
						i += 1;
						start = i + 1;
					}
					break;
				default: i += 1;
			}
		}
		str = start ? str + json.slice(start) : json;
		return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
		if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
		return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
		const { singleQuote } = ctx.options;
		let qs;
		if (singleQuote === false) qs = doubleQuotedString;
		else {
			const hasDouble = value.includes("\"");
			const hasSingle = value.includes("'");
			if (hasDouble && !hasSingle) qs = singleQuotedString;
			else if (hasSingle && !hasDouble) qs = doubleQuotedString;
			else qs = singleQuote ? singleQuotedString : doubleQuotedString;
		}
		return qs(value, ctx);
	}
	let blockEndNewlines;
	try {
		blockEndNewlines = /* @__PURE__ */ new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
	} catch {
		blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
		const { blockQuote, commentString, lineWidth } = ctx.options;
		if (!blockQuote || /\n[\t ]+$/.test(value)) return quotedString(value, ctx);
		const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
		const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
		if (!value) return literal ? "|\n" : ">\n";
		let chomp;
		let endStart;
		for (endStart = value.length; endStart > 0; --endStart) {
			const ch = value[endStart - 1];
			if (ch !== "\n" && ch !== "	" && ch !== " ") break;
		}
		let end = value.substring(endStart);
		const endNlPos = end.indexOf("\n");
		if (endNlPos === -1) chomp = "-";
		else if (value === end || endNlPos !== end.length - 1) {
			chomp = "+";
			if (onChompKeep) onChompKeep();
		} else chomp = "";
		if (end) {
			value = value.slice(0, -end.length);
			if (end[end.length - 1] === "\n") end = end.slice(0, -1);
			end = end.replace(blockEndNewlines, `$&${indent}`);
		}
		let startWithSpace = false;
		let startEnd;
		let startNlPos = -1;
		for (startEnd = 0; startEnd < value.length; ++startEnd) {
			const ch = value[startEnd];
			if (ch === " ") startWithSpace = true;
			else if (ch === "\n") startNlPos = startEnd;
			else break;
		}
		let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
		if (start) {
			value = value.substring(start.length);
			start = start.replace(/\n+/g, `$&${indent}`);
		}
		let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
		if (comment) {
			header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
			if (onComment) onComment();
		}
		if (!literal) {
			const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
			let literalFallback = false;
			const foldOptions = getFoldOptions(ctx, true);
			if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) foldOptions.onOverflow = () => {
				literalFallback = true;
			};
			const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
			if (!literalFallback) return `>${header}\n${indent}${body}`;
		}
		value = value.replace(/\n+/g, `$&${indent}`);
		return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
		const { type, value } = item;
		const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
		if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) return quotedString(value, ctx);
		if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
		if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) return blockString(item, ctx, onComment, onChompKeep);
		if (containsDocumentMarker(value)) {
			if (indent === "") {
				ctx.forceBlockIndent = true;
				return blockString(item, ctx, onComment, onChompKeep);
			} else if (implicitKey && indent === indentStep) return quotedString(value, ctx);
		}
		const str = value.replace(/\n+/g, `$&\n${indent}`);
		if (actualString) {
			const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
			const { compat, tags } = ctx.doc.schema;
			if (tags.some(test) || compat?.some(test)) return quotedString(value, ctx);
		}
		return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString(item, ctx, onComment, onChompKeep) {
		const { implicitKey, inFlow } = ctx;
		const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
		let { type } = item;
		if (type !== Scalar.QUOTE_DOUBLE) {
			if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value)) type = Scalar.QUOTE_DOUBLE;
		}
		const _stringify = (_type) => {
			switch (_type) {
				case Scalar.BLOCK_FOLDED:
				case Scalar.BLOCK_LITERAL: return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
				case Scalar.QUOTE_DOUBLE: return doubleQuotedString(ss.value, ctx);
				case Scalar.QUOTE_SINGLE: return singleQuotedString(ss.value, ctx);
				case Scalar.PLAIN: return plainString(ss, ctx, onComment, onChompKeep);
				default: return null;
			}
		};
		let res = _stringify(type);
		if (res === null) {
			const { defaultKeyType, defaultStringType } = ctx.options;
			const t = implicitKey && defaultKeyType || defaultStringType;
			res = _stringify(t);
			if (res === null) throw new Error(`Unsupported default string type ${t}`);
		}
		return res;
	}
	// node_modules/yaml/browser/dist/stringify/stringify.js
	function createStringifyContext(doc, options) {
		const opt = Object.assign({
			blockQuote: true,
			commentString: stringifyComment,
			defaultKeyType: null,
			defaultStringType: "PLAIN",
			directives: null,
			doubleQuotedAsJSON: false,
			doubleQuotedMinMultiLineLength: 40,
			falseStr: "false",
			flowCollectionPadding: true,
			indentSeq: true,
			lineWidth: 80,
			minContentWidth: 20,
			nullStr: "null",
			simpleKeys: false,
			singleQuote: null,
			trailingComma: false,
			trueStr: "true",
			verifyAliasOrder: true
		}, doc.schema.toStringOptions, options);
		let inFlow;
		switch (opt.collectionStyle) {
			case "block":
				inFlow = false;
				break;
			case "flow":
				inFlow = true;
				break;
			default: inFlow = null;
		}
		return {
			anchors: /* @__PURE__ */ new Set(),
			doc,
			flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
			indent: "",
			indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
			inFlow,
			options: opt
		};
	}
	function getTagObject(tags, item) {
		if (item.tag) {
			const match = tags.filter((t) => t.tag === item.tag);
			if (match.length > 0) return match.find((t) => t.format === item.format) ?? match[0];
		}
		let tagObj = void 0;
		let obj;
		if (isScalar(item)) {
			obj = item.value;
			let match = tags.filter((t) => t.identify?.(obj));
			if (match.length > 1) {
				const testMatch = match.filter((t) => t.test);
				if (testMatch.length > 0) match = testMatch;
			}
			tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
		} else {
			obj = item;
			tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
		}
		if (!tagObj) {
			const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
			throw new Error(`Tag not resolved for ${name} value`);
		}
		return tagObj;
	}
	function stringifyProps(node, tagObj, { anchors, doc }) {
		if (!doc.directives) return "";
		const props = [];
		const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
		if (anchor && anchorIsValid(anchor)) {
			anchors.add(anchor);
			props.push(`&${anchor}`);
		}
		const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
		if (tag) props.push(doc.directives.tagString(tag));
		return props.join(" ");
	}
	function stringify(item, ctx, onComment, onChompKeep) {
		if (isPair(item)) return item.toString(ctx, onComment, onChompKeep);
		if (isAlias(item)) {
			if (ctx.doc.directives) return item.toString(ctx);
			if (ctx.resolvedAliases?.has(item)) throw new TypeError(`Cannot stringify circular structure without alias nodes`);
			else {
				if (ctx.resolvedAliases) ctx.resolvedAliases.add(item);
				else ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
				item = item.resolve(ctx.doc);
			}
		}
		let tagObj = void 0;
		const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
		tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
		const props = stringifyProps(node, tagObj, ctx);
		if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
		const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
		if (!props) return str;
		return isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}\n${ctx.indent}${str}`;
	}
	// node_modules/yaml/browser/dist/stringify/stringifyPair.js
	function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
		const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
		let keyComment = isNode(key) && key.comment || null;
		if (simpleKeys) {
			if (keyComment) throw new Error("With simple keys, key nodes cannot have comments");
			if (isCollection(key) || !isNode(key) && typeof key === "object") throw new Error("With simple keys, collection cannot be used as a key value");
		}
		let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
		ctx = Object.assign({}, ctx, {
			allNullValues: false,
			implicitKey: !explicitKey && (simpleKeys || !allNullValues),
			indent: indent + indentStep
		});
		let keyCommentDone = false;
		let chompKeep = false;
		let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
		if (!explicitKey && !ctx.inFlow && str.length > 1024) {
			if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
			explicitKey = true;
		}
		if (ctx.inFlow) {
			if (allNullValues || value == null) {
				if (keyCommentDone && onComment) onComment();
				return str === "" ? "?" : explicitKey ? `? ${str}` : str;
			}
		} else if (allNullValues && !simpleKeys || value == null && explicitKey) {
			str = `? ${str}`;
			if (keyComment && !keyCommentDone) str += lineComment(str, ctx.indent, commentString(keyComment));
			else if (chompKeep && onChompKeep) onChompKeep();
			return str;
		}
		if (keyCommentDone) keyComment = null;
		if (explicitKey) {
			if (keyComment) str += lineComment(str, ctx.indent, commentString(keyComment));
			str = `? ${str}\n${indent}:`;
		} else {
			str = `${str}:`;
			if (keyComment) str += lineComment(str, ctx.indent, commentString(keyComment));
		}
		let vsb, vcb, valueComment;
		if (isNode(value)) {
			vsb = !!value.spaceBefore;
			vcb = value.commentBefore;
			valueComment = value.comment;
		} else {
			vsb = false;
			vcb = null;
			valueComment = null;
			if (value && typeof value === "object") value = doc.createNode(value);
		}
		ctx.implicitKey = false;
		if (!explicitKey && !keyComment && isScalar(value)) ctx.indentAtStart = str.length + 1;
		chompKeep = false;
		if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) ctx.indent = ctx.indent.substring(2);
		let valueCommentDone = false;
		const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
		let ws = " ";
		if (keyComment || vsb || vcb) {
			ws = vsb ? "\n" : "";
			if (vcb) {
				const cs = commentString(vcb);
				ws += `\n${indentComment(cs, ctx.indent)}`;
			}
			if (valueStr === "" && !ctx.inFlow) {
				if (ws === "\n" && valueComment) ws = "\n\n";
			} else ws += `\n${ctx.indent}`;
		} else if (!explicitKey && isCollection(value)) {
			const vs0 = valueStr[0];
			const nl0 = valueStr.indexOf("\n");
			const hasNewline = nl0 !== -1;
			const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
			if (hasNewline || !flow) {
				let hasPropsLine = false;
				if (hasNewline && (vs0 === "&" || vs0 === "!")) {
					let sp0 = valueStr.indexOf(" ");
					if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") sp0 = valueStr.indexOf(" ", sp0 + 1);
					if (sp0 === -1 || nl0 < sp0) hasPropsLine = true;
				}
				if (!hasPropsLine) ws = `\n${ctx.indent}`;
			}
		} else if (valueStr === "" || valueStr[0] === "\n") ws = "";
		str += ws + valueStr;
		if (ctx.inFlow) {
			if (valueCommentDone && onComment) onComment();
		} else if (valueComment && !valueCommentDone) str += lineComment(str, ctx.indent, commentString(valueComment));
		else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	// node_modules/yaml/browser/dist/log.js
	function warn(logLevel, warning) {
		if (logLevel === "debug" || logLevel === "warn") console.warn(warning);
	}
	// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
	const MERGE_KEY = "<<";
	const merge$1 = {
		identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
		default: "key",
		tag: "tag:yaml.org,2002:merge",
		test: /^<<$/,
		resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), { addToJSMap: addMergeToJSMap }),
		stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge$1.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge$1.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge$1.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (isSeq(source)) for (const it of source.items) mergeValue(ctx, map, it);
		else if (Array.isArray(source)) for (const it of source) mergeValue(ctx, map, it);
		else mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (!isMap(source)) throw new Error("Merge sources must be maps or map aliases");
		const srcMap = source.toJSON(null, ctx, Map);
		for (const [key, value] of srcMap) if (map instanceof Map) {
			if (!map.has(key)) map.set(key, value);
		} else if (map instanceof Set) map.add(key);
		else if (!Object.prototype.hasOwnProperty.call(map, key)) Object.defineProperty(map, key, {
			value,
			writable: true,
			enumerable: true,
			configurable: true
		});
		return map;
	}
	function resolveAliasValue(ctx, value) {
		return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}
	// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
	function addPairToJSMap(ctx, map, { key, value }) {
		if (isNode(key) && key.addToJSMap) key.addToJSMap(ctx, map, value);
		else if (isMergeKey(ctx, key)) addMergeToJSMap(ctx, map, value);
		else {
			const jsKey = toJS(key, "", ctx);
			if (map instanceof Map) map.set(jsKey, toJS(value, jsKey, ctx));
			else if (map instanceof Set) map.add(jsKey);
			else {
				const stringKey = stringifyKey(key, jsKey, ctx);
				const jsValue = toJS(value, stringKey, ctx);
				if (stringKey in map) Object.defineProperty(map, stringKey, {
					value: jsValue,
					writable: true,
					enumerable: true,
					configurable: true
				});
				else map[stringKey] = jsValue;
			}
		}
		return map;
	}
	function stringifyKey(key, jsKey, ctx) {
		if (jsKey === null) return "";
		if (typeof jsKey !== "object") return String(jsKey);
		if (isNode(key) && ctx?.doc) {
			const strCtx = createStringifyContext(ctx.doc, {});
			strCtx.anchors = /* @__PURE__ */ new Set();
			for (const node of ctx.anchors.keys()) strCtx.anchors.add(node.anchor);
			strCtx.inFlow = true;
			strCtx.inStringifyKey = true;
			const strKey = key.toString(strCtx);
			if (!ctx.mapKeyWarned) {
				let jsonStr = JSON.stringify(strKey);
				if (jsonStr.length > 40) jsonStr = jsonStr.substring(0, 36) + "...\"";
				warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
				ctx.mapKeyWarned = true;
			}
			return strKey;
		}
		return JSON.stringify(jsKey);
	}
	// node_modules/yaml/browser/dist/nodes/Pair.js
	function createPair(key, value, ctx) {
		return new Pair(createNode(key, void 0, ctx), createNode(value, void 0, ctx));
	}
	var Pair = class Pair {
		constructor(key, value = null) {
			Object.defineProperty(this, NODE_TYPE, { value: PAIR });
			this.key = key;
			this.value = value;
		}
		clone(schema) {
			let { key, value } = this;
			if (isNode(key)) key = key.clone(schema);
			if (isNode(value)) value = value.clone(schema);
			return new Pair(key, value);
		}
		toJSON(_, ctx) {
			return addPairToJSMap(ctx, ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {}, this);
		}
		toString(ctx, onComment, onChompKeep) {
			return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
		}
	};
	// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
	function stringifyCollection(collection, ctx, options) {
		return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
		const { indent, options: { commentString } } = ctx;
		const itemCtx = Object.assign({}, ctx, {
			indent: itemIndent,
			type: null
		});
		let chompKeep = false;
		const lines = [];
		for (let i = 0; i < items.length; ++i) {
			const item = items[i];
			let comment = null;
			if (isNode(item)) {
				if (!chompKeep && item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
				if (item.comment) comment = item.comment;
			} else if (isPair(item)) {
				const ik = isNode(item.key) ? item.key : null;
				if (ik) {
					if (!chompKeep && ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
				}
			}
			chompKeep = false;
			let str = stringify(item, itemCtx, () => comment = null, () => chompKeep = true);
			if (comment) str += lineComment(str, itemIndent, commentString(comment));
			if (chompKeep && comment) chompKeep = false;
			lines.push(blockItemPrefix + str);
		}
		let str;
		if (lines.length === 0) str = flowChars.start + flowChars.end;
		else {
			str = lines[0];
			for (let i = 1; i < lines.length; ++i) {
				const line = lines[i];
				str += line ? `\n${indent}${line}` : "\n";
			}
		}
		if (comment) {
			str += "\n" + indentComment(commentString(comment), indent);
			if (onComment) onComment();
		} else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
		const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
		itemIndent += indentStep;
		const itemCtx = Object.assign({}, ctx, {
			indent: itemIndent,
			inFlow: true,
			type: null
		});
		let reqNewline = false;
		let linesAtValue = 0;
		const lines = [];
		for (let i = 0; i < items.length; ++i) {
			const item = items[i];
			let comment = null;
			if (isNode(item)) {
				if (item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, false);
				if (item.comment) comment = item.comment;
			} else if (isPair(item)) {
				const ik = isNode(item.key) ? item.key : null;
				if (ik) {
					if (ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, false);
					if (ik.comment) reqNewline = true;
				}
				const iv = isNode(item.value) ? item.value : null;
				if (iv) {
					if (iv.comment) comment = iv.comment;
					if (iv.commentBefore) reqNewline = true;
				} else if (item.value == null && ik?.comment) comment = ik.comment;
			}
			if (comment) reqNewline = true;
			let str = stringify(item, itemCtx, () => comment = null);
			reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
			if (i < items.length - 1) str += ",";
			else if (ctx.options.trailingComma) {
				if (ctx.options.lineWidth > 0) reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
				if (reqNewline) str += ",";
			}
			if (comment) str += lineComment(str, itemIndent, commentString(comment));
			lines.push(str);
			linesAtValue = lines.length;
		}
		const { start, end } = flowChars;
		if (lines.length === 0) return start + end;
		else {
			if (!reqNewline) {
				const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
				reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
			}
			if (reqNewline) {
				let str = start;
				for (const line of lines) str += line ? `\n${indentStep}${indent}${line}` : "\n";
				return `${str}\n${indent}${end}`;
			} else return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
		}
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
		if (comment && chompKeep) comment = comment.replace(/^\n+/, "");
		if (comment) {
			const ic = indentComment(commentString(comment), indent);
			lines.push(ic.trimStart());
		}
	}
	// node_modules/yaml/browser/dist/nodes/YAMLMap.js
	function findPair(items, key) {
		const k = isScalar(key) ? key.value : key;
		for (const it of items) if (isPair(it)) {
			if (it.key === key || it.key === k) return it;
			if (isScalar(it.key) && it.key.value === k) return it;
		}
	}
	var YAMLMap = class extends Collection {
		static get tagName() {
			return "tag:yaml.org,2002:map";
		}
		constructor(schema) {
			super(MAP, schema);
			this.items = [];
		}
		/**
		* A generic collection parsing method that can be extended
		* to other node classes that inherit from YAMLMap
		*/
		static from(schema, obj, ctx) {
			const { keepUndefined, replacer } = ctx;
			const map = new this(schema);
			const add = (key, value) => {
				if (typeof replacer === "function") value = replacer.call(obj, key, value);
				else if (Array.isArray(replacer) && !replacer.includes(key)) return;
				if (value !== void 0 || keepUndefined) map.items.push(createPair(key, value, ctx));
			};
			if (obj instanceof Map) for (const [key, value] of obj) add(key, value);
			else if (obj && typeof obj === "object") for (const key of Object.keys(obj)) add(key, obj[key]);
			if (typeof schema.sortMapEntries === "function") map.items.sort(schema.sortMapEntries);
			return map;
		}
		/**
		* Adds a value to the collection.
		*
		* @param overwrite - If not set `true`, using a key that is already in the
		*   collection will throw. Otherwise, overwrites the previous value.
		*/
		add(pair, overwrite) {
			let _pair;
			if (isPair(pair)) _pair = pair;
			else if (!pair || typeof pair !== "object" || !("key" in pair)) _pair = new Pair(pair, pair?.value);
			else _pair = new Pair(pair.key, pair.value);
			const prev = findPair(this.items, _pair.key);
			const sortEntries = this.schema?.sortMapEntries;
			if (prev) {
				if (!overwrite) throw new Error(`Key ${_pair.key} already set`);
				if (isScalar(prev.value) && isScalarValue(_pair.value)) prev.value.value = _pair.value;
				else prev.value = _pair.value;
			} else if (sortEntries) {
				const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
				if (i === -1) this.items.push(_pair);
				else this.items.splice(i, 0, _pair);
			} else this.items.push(_pair);
		}
		delete(key) {
			const it = findPair(this.items, key);
			if (!it) return false;
			return this.items.splice(this.items.indexOf(it), 1).length > 0;
		}
		get(key, keepScalar) {
			const node = findPair(this.items, key)?.value;
			return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
		}
		has(key) {
			return !!findPair(this.items, key);
		}
		set(key, value) {
			this.add(new Pair(key, value), true);
		}
		/**
		* @param ctx - Conversion context, originally set in Document#toJS()
		* @param {Class} Type - If set, forces the returned collection type
		* @returns Instance of Type, Map, or Object
		*/
		toJSON(_, ctx, Type) {
			const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const item of this.items) addPairToJSMap(ctx, map, item);
			return map;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			for (const item of this.items) if (!isPair(item)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
			if (!ctx.allNullValues && this.hasAllNullValues(false)) ctx = Object.assign({}, ctx, { allNullValues: true });
			return stringifyCollection(this, ctx, {
				blockItemPrefix: "",
				flowChars: {
					start: "{",
					end: "}"
				},
				itemIndent: ctx.indent || "",
				onChompKeep,
				onComment
			});
		}
	};
	// node_modules/yaml/browser/dist/schema/common/map.js
	const map = {
		collection: "map",
		default: true,
		nodeClass: YAMLMap,
		tag: "tag:yaml.org,2002:map",
		resolve(map, onError) {
			if (!isMap(map)) onError("Expected a mapping for this tag");
			return map;
		},
		createNode: (schema, obj, ctx) => YAMLMap.from(schema, obj, ctx)
	};
	// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
	var YAMLSeq = class extends Collection {
		static get tagName() {
			return "tag:yaml.org,2002:seq";
		}
		constructor(schema) {
			super(SEQ, schema);
			this.items = [];
		}
		add(value) {
			this.items.push(value);
		}
		/**
		* Removes a value from the collection.
		*
		* `key` must contain a representation of an integer for this to succeed.
		* It may be wrapped in a `Scalar`.
		*
		* @returns `true` if the item was found and removed.
		*/
		delete(key) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") return false;
			return this.items.splice(idx, 1).length > 0;
		}
		get(key, keepScalar) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") return void 0;
			const it = this.items[idx];
			return !keepScalar && isScalar(it) ? it.value : it;
		}
		/**
		* Checks if the collection includes a value with the key `key`.
		*
		* `key` must contain a representation of an integer for this to succeed.
		* It may be wrapped in a `Scalar`.
		*/
		has(key) {
			const idx = asItemIndex(key);
			return typeof idx === "number" && idx < this.items.length;
		}
		/**
		* Sets a value in this collection. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*
		* If `key` does not contain a representation of an integer, this will throw.
		* It may be wrapped in a `Scalar`.
		*/
		set(key, value) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") throw new Error(`Expected a valid index, not ${key}.`);
			const prev = this.items[idx];
			if (isScalar(prev) && isScalarValue(value)) prev.value = value;
			else this.items[idx] = value;
		}
		toJSON(_, ctx) {
			const seq = [];
			if (ctx?.onCreate) ctx.onCreate(seq);
			let i = 0;
			for (const item of this.items) seq.push(toJS(item, String(i++), ctx));
			return seq;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			return stringifyCollection(this, ctx, {
				blockItemPrefix: "- ",
				flowChars: {
					start: "[",
					end: "]"
				},
				itemIndent: (ctx.indent || "") + "  ",
				onChompKeep,
				onComment
			});
		}
		static from(schema, obj, ctx) {
			const { replacer } = ctx;
			const seq = new this(schema);
			if (obj && Symbol.iterator in Object(obj)) {
				let i = 0;
				for (let it of obj) {
					if (typeof replacer === "function") {
						const key = obj instanceof Set ? it : String(i++);
						it = replacer.call(obj, key, it);
					}
					seq.items.push(createNode(it, void 0, ctx));
				}
			}
			return seq;
		}
	};
	function asItemIndex(key) {
		let idx = isScalar(key) ? key.value : key;
		if (idx && typeof idx === "string") idx = Number(idx);
		return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
	}
	// node_modules/yaml/browser/dist/schema/common/seq.js
	const seq = {
		collection: "seq",
		default: true,
		nodeClass: YAMLSeq,
		tag: "tag:yaml.org,2002:seq",
		resolve(seq, onError) {
			if (!isSeq(seq)) onError("Expected a sequence for this tag");
			return seq;
		},
		createNode: (schema, obj, ctx) => YAMLSeq.from(schema, obj, ctx)
	};
	// node_modules/yaml/browser/dist/schema/common/string.js
	const string$1 = {
		identify: (value) => typeof value === "string",
		default: true,
		tag: "tag:yaml.org,2002:str",
		resolve: (str) => str,
		stringify(item, ctx, onComment, onChompKeep) {
			ctx = Object.assign({ actualString: true }, ctx);
			return stringifyString(item, ctx, onComment, onChompKeep);
		}
	};
	// node_modules/yaml/browser/dist/schema/common/null.js
	const nullTag = {
		identify: (value) => value == null,
		createNode: () => new Scalar(null),
		default: true,
		tag: "tag:yaml.org,2002:null",
		test: /^(?:~|[Nn]ull|NULL)?$/,
		resolve: () => new Scalar(null),
		stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
	};
	// node_modules/yaml/browser/dist/schema/core/bool.js
	const boolTag = {
		identify: (value) => typeof value === "boolean",
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
		resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
		stringify({ source, value }, ctx) {
			if (source && boolTag.test.test(source)) {
				if (value === (source[0] === "t" || source[0] === "T")) return source;
			}
			return value ? ctx.options.trueStr : ctx.options.falseStr;
		}
	};
	// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
	function stringifyNumber({ format, minFractionDigits, tag, value }) {
		if (typeof value === "bigint") return String(value);
		const num = typeof value === "number" ? value : Number(value);
		if (!isFinite(num)) return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
		let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
		if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
			let i = n.indexOf(".");
			if (i < 0) {
				i = n.length;
				n += ".";
			}
			let d = minFractionDigits - (n.length - i - 1);
			while (d-- > 0) n += "0";
		}
		return n;
	}
	// node_modules/yaml/browser/dist/schema/core/float.js
	const floatNaN$1 = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber
	};
	const floatExp$1 = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber(node);
		}
	};
	const float$1 = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
		resolve(str) {
			const node = new Scalar(parseFloat(str));
			const dot = str.indexOf(".");
			if (dot !== -1 && str[str.length - 1] === "0") node.minFractionDigits = str.length - dot - 1;
			return node;
		},
		stringify: stringifyNumber
	};
	// node_modules/yaml/browser/dist/schema/core/int.js
	const intIdentify$2 = (value) => typeof value === "bigint" || Number.isInteger(value);
	const intResolve$1 = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
	function intStringify$1(node, radix, prefix) {
		const { value } = node;
		if (intIdentify$2(value) && value >= 0) return prefix + value.toString(radix);
		return stringifyNumber(node);
	}
	const intOct$1 = {
		identify: (value) => intIdentify$2(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^0o[0-7]+$/,
		resolve: (str, _onError, opt) => intResolve$1(str, 2, 8, opt),
		stringify: (node) => intStringify$1(node, 8, "0o")
	};
	const int$1 = {
		identify: intIdentify$2,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9]+$/,
		resolve: (str, _onError, opt) => intResolve$1(str, 0, 10, opt),
		stringify: stringifyNumber
	};
	const intHex$1 = {
		identify: (value) => intIdentify$2(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^0x[0-9a-fA-F]+$/,
		resolve: (str, _onError, opt) => intResolve$1(str, 2, 16, opt),
		stringify: (node) => intStringify$1(node, 16, "0x")
	};
	// node_modules/yaml/browser/dist/schema/core/schema.js
	const schema$2 = [
		map,
		seq,
		string$1,
		nullTag,
		boolTag,
		intOct$1,
		int$1,
		intHex$1,
		floatNaN$1,
		floatExp$1,
		float$1
	];
	// node_modules/yaml/browser/dist/schema/json/schema.js
	function intIdentify$1(value) {
		return typeof value === "bigint" || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
		{
			identify: (value) => typeof value === "string",
			default: true,
			tag: "tag:yaml.org,2002:str",
			resolve: (str) => str,
			stringify: stringifyJSON
		},
		{
			identify: (value) => value == null,
			createNode: () => new Scalar(null),
			default: true,
			tag: "tag:yaml.org,2002:null",
			test: /^null$/,
			resolve: () => null,
			stringify: stringifyJSON
		},
		{
			identify: (value) => typeof value === "boolean",
			default: true,
			tag: "tag:yaml.org,2002:bool",
			test: /^true$|^false$/,
			resolve: (str) => str === "true",
			stringify: stringifyJSON
		},
		{
			identify: intIdentify$1,
			default: true,
			tag: "tag:yaml.org,2002:int",
			test: /^-?(?:0|[1-9][0-9]*)$/,
			resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
			stringify: ({ value }) => intIdentify$1(value) ? value.toString() : JSON.stringify(value)
		},
		{
			identify: (value) => typeof value === "number",
			default: true,
			tag: "tag:yaml.org,2002:float",
			test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
			resolve: (str) => parseFloat(str),
			stringify: stringifyJSON
		}
	];
	const schema$1 = [map, seq].concat(jsonScalars, {
		default: true,
		tag: "",
		test: /^/,
		resolve(str, onError) {
			onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
			return str;
		}
	});
	// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
	const binary = {
		identify: (value) => value instanceof Uint8Array,
		default: false,
		tag: "tag:yaml.org,2002:binary",
		/**
		* Returns a Buffer in node and an Uint8Array in browsers
		*
		* To use the resulting buffer as an image, you'll want to do something like:
		*
		*   const blob = new Blob([buffer], { type: 'image/jpeg' })
		*   document.querySelector('#photo').src = URL.createObjectURL(blob)
		*/
		resolve(src, onError) {
			if (typeof atob === "function") {
				const str = atob(src.replace(/[\n\r]/g, ""));
				const buffer = new Uint8Array(str.length);
				for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
				return buffer;
			} else {
				onError("This environment does not support reading binary tags; either Buffer or atob is required");
				return src;
			}
		},
		stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
			if (!value) return "";
			const buf = value;
			let str;
			if (typeof btoa === "function") {
				let s = "";
				for (let i = 0; i < buf.length; ++i) s += String.fromCharCode(buf[i]);
				str = btoa(s);
			} else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
			type ?? (type = Scalar.BLOCK_LITERAL);
			if (type !== Scalar.QUOTE_DOUBLE) {
				const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
				const n = Math.ceil(str.length / lineWidth);
				const lines = new Array(n);
				for (let i = 0, o = 0; i < n; ++i, o += lineWidth) lines[i] = str.substr(o, lineWidth);
				str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
			}
			return stringifyString({
				comment,
				type,
				value: str
			}, ctx, onComment, onChompKeep);
		}
	};
	// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
	function resolvePairs(seq, onError) {
		if (isSeq(seq)) for (let i = 0; i < seq.items.length; ++i) {
			let item = seq.items[i];
			if (isPair(item)) continue;
			else if (isMap(item)) {
				if (item.items.length > 1) onError("Each pair must have its own sequence indicator");
				const pair = item.items[0] || new Pair(new Scalar(null));
				if (item.commentBefore) pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}\n${pair.key.commentBefore}` : item.commentBefore;
				if (item.comment) {
					const cn = pair.value ?? pair.key;
					cn.comment = cn.comment ? `${item.comment}\n${cn.comment}` : item.comment;
				}
				item = pair;
			}
			seq.items[i] = isPair(item) ? item : new Pair(item);
		}
		else onError("Expected a sequence for this tag");
		return seq;
	}
	function createPairs(schema, iterable, ctx) {
		const { replacer } = ctx;
		const pairs = new YAMLSeq(schema);
		pairs.tag = "tag:yaml.org,2002:pairs";
		let i = 0;
		if (iterable && Symbol.iterator in Object(iterable)) for (let it of iterable) {
			if (typeof replacer === "function") it = replacer.call(iterable, String(i++), it);
			let key, value;
			if (Array.isArray(it)) {
				if (it.length === 2) {
					key = it[0];
					value = it[1];
				} else throw new TypeError(`Expected [key, value] tuple: ${it}`);
			} else if (it && it instanceof Object) {
				const keys = Object.keys(it);
				if (keys.length === 1) {
					key = keys[0];
					value = it[key];
				} else throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
			} else key = it;
			pairs.items.push(createPair(key, value, ctx));
		}
		return pairs;
	}
	const pairs = {
		collection: "seq",
		default: false,
		tag: "tag:yaml.org,2002:pairs",
		resolve: resolvePairs,
		createNode: createPairs
	};
	// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
	var YAMLOMap = class YAMLOMap extends YAMLSeq {
		constructor() {
			super();
			this.add = YAMLMap.prototype.add.bind(this);
			this.delete = YAMLMap.prototype.delete.bind(this);
			this.get = YAMLMap.prototype.get.bind(this);
			this.has = YAMLMap.prototype.has.bind(this);
			this.set = YAMLMap.prototype.set.bind(this);
			this.tag = YAMLOMap.tag;
		}
		/**
		* If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
		* but TypeScript won't allow widening the signature of a child method.
		*/
		toJSON(_, ctx) {
			if (!ctx) return super.toJSON(_);
			const map = /* @__PURE__ */ new Map();
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const pair of this.items) {
				let key, value;
				if (isPair(pair)) {
					key = toJS(pair.key, "", ctx);
					value = toJS(pair.value, key, ctx);
				} else key = toJS(pair, "", ctx);
				if (map.has(key)) throw new Error("Ordered maps must not include duplicate keys");
				map.set(key, value);
			}
			return map;
		}
		static from(schema, iterable, ctx) {
			const pairs = createPairs(schema, iterable, ctx);
			const omap = new this();
			omap.items = pairs.items;
			return omap;
		}
	};
	YAMLOMap.tag = "tag:yaml.org,2002:omap";
	const omap = {
		collection: "seq",
		identify: (value) => value instanceof Map,
		nodeClass: YAMLOMap,
		default: false,
		tag: "tag:yaml.org,2002:omap",
		resolve(seq, onError) {
			const pairs = resolvePairs(seq, onError);
			const seenKeys = [];
			for (const { key } of pairs.items) if (isScalar(key)) {
				if (seenKeys.includes(key.value)) onError(`Ordered maps must not include duplicate keys: ${key.value}`);
				else seenKeys.push(key.value);
			}
			return Object.assign(new YAMLOMap(), pairs);
		},
		createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};
	// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
	function boolStringify({ value, source }, ctx) {
		if (source && (value ? trueTag : falseTag).test.test(source)) return source;
		return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
		identify: (value) => value === true,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
		resolve: () => new Scalar(true),
		stringify: boolStringify
	};
	const falseTag = {
		identify: (value) => value === false,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
		resolve: () => new Scalar(false),
		stringify: boolStringify
	};
	// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
	const floatNaN = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber
	};
	const floatExp = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str.replace(/_/g, "")),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber(node);
		}
	};
	const float = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
		resolve(str) {
			const node = new Scalar(parseFloat(str.replace(/_/g, "")));
			const dot = str.indexOf(".");
			if (dot !== -1) {
				const f = str.substring(dot + 1).replace(/_/g, "");
				if (f[f.length - 1] === "0") node.minFractionDigits = f.length;
			}
			return node;
		},
		stringify: stringifyNumber
	};
	// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
	const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
		const sign = str[0];
		if (sign === "-" || sign === "+") offset += 1;
		str = str.substring(offset).replace(/_/g, "");
		if (intAsBigInt) {
			switch (radix) {
				case 2:
					str = `0b${str}`;
					break;
				case 8:
					str = `0o${str}`;
					break;
				case 16: str = `0x${str}`;
			}
			const n = BigInt(str);
			return sign === "-" ? BigInt(-1) * n : n;
		}
		const n = parseInt(str, radix);
		return sign === "-" ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
		const { value } = node;
		if (intIdentify(value)) {
			const str = value.toString(radix);
			return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
		}
		return stringifyNumber(node);
	}
	const intBin = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "BIN",
		test: /^[-+]?0b[0-1_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
		stringify: (node) => intStringify(node, 2, "0b")
	};
	const intOct = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^[-+]?0[0-7_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
		stringify: (node) => intStringify(node, 8, "0")
	};
	const int = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9][0-9_]*$/,
		resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
		stringify: stringifyNumber
	};
	const intHex = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^[-+]?0x[0-9a-fA-F_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
		stringify: (node) => intStringify(node, 16, "0x")
	};
	// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
	var YAMLSet = class YAMLSet extends YAMLMap {
		constructor(schema) {
			super(schema);
			this.tag = YAMLSet.tag;
		}
		add(key) {
			let pair;
			if (isPair(key)) pair = key;
			else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null) pair = new Pair(key.key, null);
			else pair = new Pair(key, null);
			if (!findPair(this.items, pair.key)) this.items.push(pair);
		}
		/**
		* If `keepPair` is `true`, returns the Pair matching `key`.
		* Otherwise, returns the value of that Pair's key.
		*/
		get(key, keepPair) {
			const pair = findPair(this.items, key);
			return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
		}
		set(key, value) {
			if (typeof value !== "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
			const prev = findPair(this.items, key);
			if (prev && !value) this.items.splice(this.items.indexOf(prev), 1);
			else if (!prev && value) this.items.push(new Pair(key));
		}
		toJSON(_, ctx) {
			return super.toJSON(_, ctx, Set);
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			if (this.hasAllNullValues(true)) return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
			else throw new Error("Set items must all have null values");
		}
		static from(schema, iterable, ctx) {
			const { replacer } = ctx;
			const set = new this(schema);
			if (iterable && Symbol.iterator in Object(iterable)) for (let value of iterable) {
				if (typeof replacer === "function") value = replacer.call(iterable, value, value);
				set.items.push(createPair(value, null, ctx));
			}
			return set;
		}
	};
	YAMLSet.tag = "tag:yaml.org,2002:set";
	const set = {
		collection: "map",
		identify: (value) => value instanceof Set,
		nodeClass: YAMLSet,
		default: false,
		tag: "tag:yaml.org,2002:set",
		createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
		resolve(map, onError) {
			if (isMap(map)) {
				if (map.hasAllNullValues(true)) return Object.assign(new YAMLSet(), map);
				else onError("Set items must all have null values");
			} else onError("Expected a mapping for this tag");
			return map;
		}
	};
	// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
		const sign = str[0];
		const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
		const num = (n) => asBigInt ? BigInt(n) : Number(n);
		const res = parts.replace(/_/g, "").split(":").reduce((res, p) => res * num(60) + num(p), num(0));
		return sign === "-" ? num(-1) * res : res;
	}
	/**
	* hhhh:mm:ss.sss
	*
	* Internal types handle bigint as number, because TS can't figure it out.
	*/
	function stringifySexagesimal(node) {
		let { value } = node;
		let num = (n) => n;
		if (typeof value === "bigint") num = (n) => BigInt(n);
		else if (isNaN(value) || !isFinite(value)) return stringifyNumber(node);
		let sign = "";
		if (value < 0) {
			sign = "-";
			value *= num(-1);
		}
		const _60 = num(60);
		const parts = [value % _60];
		if (value < 60) parts.unshift(0);
		else {
			value = (value - parts[0]) / _60;
			parts.unshift(value % _60);
			if (value >= 60) {
				value = (value - parts[0]) / _60;
				parts.unshift(value);
			}
		}
		return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
	}
	const intTime = {
		identify: (value) => typeof value === "bigint" || Number.isInteger(value),
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
		resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
		stringify: stringifySexagesimal
	};
	const floatTime = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
		resolve: (str) => parseSexagesimal(str, false),
		stringify: stringifySexagesimal
	};
	const timestamp = {
		identify: (value) => value instanceof Date,
		default: true,
		tag: "tag:yaml.org,2002:timestamp",
		test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
		resolve(str) {
			const match = str.match(timestamp.test);
			if (!match) throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
			const [, year, month, day, hour, minute, second] = match.map(Number);
			const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
			let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
			const tz = match[8];
			if (tz && tz !== "Z") {
				let d = parseSexagesimal(tz, false);
				if (Math.abs(d) < 30) d *= 60;
				date -= 6e4 * d;
			}
			return new Date(date);
		},
		stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
	};
	// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
	const schema = [
		map,
		seq,
		string$1,
		nullTag,
		trueTag,
		falseTag,
		intBin,
		intOct,
		int,
		intHex,
		floatNaN,
		floatExp,
		float,
		binary,
		merge$1,
		omap,
		pairs,
		set,
		intTime,
		floatTime,
		timestamp
	];
	// node_modules/yaml/browser/dist/schema/tags.js
	const schemas = /* @__PURE__ */ new Map([
		["core", schema$2],
		["failsafe", [
			map,
			seq,
			string$1
		]],
		["json", schema$1],
		["yaml11", schema],
		["yaml-1.1", schema]
	]);
	const tagsByName = {
		binary,
		bool: boolTag,
		float: float$1,
		floatExp: floatExp$1,
		floatNaN: floatNaN$1,
		floatTime,
		int: int$1,
		intHex: intHex$1,
		intOct: intOct$1,
		intTime,
		map,
		merge: merge$1,
		null: nullTag,
		omap,
		pairs,
		seq,
		set,
		timestamp
	};
	const coreKnownTags = {
		"tag:yaml.org,2002:binary": binary,
		"tag:yaml.org,2002:merge": merge$1,
		"tag:yaml.org,2002:omap": omap,
		"tag:yaml.org,2002:pairs": pairs,
		"tag:yaml.org,2002:set": set,
		"tag:yaml.org,2002:timestamp": timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
		const schemaTags = schemas.get(schemaName);
		if (schemaTags && !customTags) return addMergeTag && !schemaTags.includes(merge$1) ? schemaTags.concat(merge$1) : schemaTags.slice();
		let tags = schemaTags;
		if (!tags) {
			if (Array.isArray(customTags)) tags = [];
			else {
				const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
			}
		}
		if (Array.isArray(customTags)) for (const tag of customTags) tags = tags.concat(tag);
		else if (typeof customTags === "function") tags = customTags(tags.slice());
		if (addMergeTag) tags = tags.concat(merge$1);
		return tags.reduce((tags, tag) => {
			const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
			if (!tagObj) {
				const tagName = JSON.stringify(tag);
				const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
			}
			if (!tags.includes(tagObj)) tags.push(tagObj);
			return tags;
		}, []);
	}
	// node_modules/yaml/browser/dist/schema/Schema.js
	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	var Schema = class Schema {
		constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
			this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
			this.name = typeof schema === "string" && schema || "core";
			this.knownTags = resolveKnownTags ? coreKnownTags : {};
			this.tags = getTags(customTags, this.name, merge);
			this.toStringOptions = toStringDefaults ?? null;
			Object.defineProperty(this, MAP, { value: map });
			Object.defineProperty(this, SCALAR$1, { value: string$1 });
			Object.defineProperty(this, SEQ, { value: seq });
			this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
		}
		clone() {
			const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
			copy.tags = this.tags.slice();
			return copy;
		}
	};
	// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
	function stringifyDocument(doc, options) {
		const lines = [];
		let hasDirectives = options.directives === true;
		if (options.directives !== false && doc.directives) {
			const dir = doc.directives.toString(doc);
			if (dir) {
				lines.push(dir);
				hasDirectives = true;
			} else if (doc.directives.docStart) hasDirectives = true;
		}
		if (hasDirectives) lines.push("---");
		const ctx = createStringifyContext(doc, options);
		const { commentString } = ctx.options;
		if (doc.commentBefore) {
			if (lines.length !== 1) lines.unshift("");
			const cs = commentString(doc.commentBefore);
			lines.unshift(indentComment(cs, ""));
		}
		let chompKeep = false;
		let contentComment = null;
		if (doc.contents) {
			if (isNode(doc.contents)) {
				if (doc.contents.spaceBefore && hasDirectives) lines.push("");
				if (doc.contents.commentBefore) {
					const cs = commentString(doc.contents.commentBefore);
					lines.push(indentComment(cs, ""));
				}
				ctx.forceBlockIndent = !!doc.comment;
				contentComment = doc.contents.comment;
			}
			const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
			let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
			if (contentComment) body += lineComment(body, "", commentString(contentComment));
			if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") lines[lines.length - 1] = `--- ${body}`;
			else lines.push(body);
		} else lines.push(stringify(doc.contents, ctx));
		if (doc.directives?.docEnd) {
			if (doc.comment) {
				const cs = commentString(doc.comment);
				if (cs.includes("\n")) {
					lines.push("...");
					lines.push(indentComment(cs, ""));
				} else lines.push(`... ${cs}`);
			} else lines.push("...");
		} else {
			let dc = doc.comment;
			if (dc && chompKeep) dc = dc.replace(/^\n+/, "");
			if (dc) {
				if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
				lines.push(indentComment(commentString(dc), ""));
			}
		}
		return lines.join("\n") + "\n";
	}
	// node_modules/yaml/browser/dist/doc/Document.js
	var Document = class Document {
		constructor(value, replacer, options) {
			/** A comment before this Document */
			this.commentBefore = null;
			/** A comment immediately after this Document */
			this.comment = null;
			/** Errors encountered during parsing. */
			this.errors = [];
			/** Warnings encountered during parsing. */
			this.warnings = [];
			Object.defineProperty(this, NODE_TYPE, { value: DOC });
			let _replacer = null;
			if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
			else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const opt = Object.assign({
				intAsBigInt: false,
				keepSourceTokens: false,
				logLevel: "warn",
				prettyErrors: true,
				strict: true,
				stringKeys: false,
				uniqueKeys: true,
				version: "1.2"
			}, options);
			this.options = opt;
			let { version } = opt;
			if (options?._directives) {
				this.directives = options._directives.atDocument();
				if (this.directives.yaml.explicit) version = this.directives.yaml.version;
			} else this.directives = new Directives({ version });
			this.setSchema(version, options);
			this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
		}
		/**
		* Create a deep copy of this Document and its contents.
		*
		* Custom Node values that inherit from `Object` still refer to their original instances.
		*/
		clone() {
			const copy = Object.create(Document.prototype, { [NODE_TYPE]: { value: DOC } });
			copy.commentBefore = this.commentBefore;
			copy.comment = this.comment;
			copy.errors = this.errors.slice();
			copy.warnings = this.warnings.slice();
			copy.options = Object.assign({}, this.options);
			if (this.directives) copy.directives = this.directives.clone();
			copy.schema = this.schema.clone();
			copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** Adds a value to the document. */
		add(value) {
			if (assertCollection(this.contents)) this.contents.add(value);
		}
		/** Adds a value to the document. */
		addIn(path, value) {
			if (assertCollection(this.contents)) this.contents.addIn(path, value);
		}
		/**
		* Create a new `Alias` node, ensuring that the target `node` has the required anchor.
		*
		* If `node` already has an anchor, `name` is ignored.
		* Otherwise, the `node.anchor` value will be set to `name`,
		* or if an anchor with that name is already present in the document,
		* `name` will be used as a prefix for a new unique anchor.
		* If `name` is undefined, the generated anchor will use 'a' as a prefix.
		*/
		createAlias(node, name) {
			if (!node.anchor) {
				const prev = anchorNames(this);
				node.anchor = !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
			}
			return new Alias(node.anchor);
		}
		createNode(value, replacer, options) {
			let _replacer = void 0;
			if (typeof replacer === "function") {
				value = replacer.call({ "": value }, "", value);
				_replacer = replacer;
			} else if (Array.isArray(replacer)) {
				const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
				const asStr = replacer.filter(keyToStr).map(String);
				if (asStr.length > 0) replacer = replacer.concat(asStr);
				_replacer = replacer;
			} else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
			const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(this, anchorPrefix || "a");
			const ctx = {
				aliasDuplicateObjects: aliasDuplicateObjects ?? true,
				keepUndefined: keepUndefined ?? false,
				onAnchor,
				onTagObj,
				replacer: _replacer,
				schema: this.schema,
				sourceObjects
			};
			const node = createNode(value, tag, ctx);
			if (flow && isCollection(node)) node.flow = true;
			setAnchors();
			return node;
		}
		/**
		* Convert a key and a value into a `Pair` using the current schema,
		* recursively wrapping all values as `Scalar` or `Collection` nodes.
		*/
		createPair(key, value, options = {}) {
			return new Pair(this.createNode(key, null, options), this.createNode(value, null, options));
		}
		/**
		* Removes a value from the document.
		* @returns `true` if the item was found and removed.
		*/
		delete(key) {
			return assertCollection(this.contents) ? this.contents.delete(key) : false;
		}
		/**
		* Removes a value from the document.
		* @returns `true` if the item was found and removed.
		*/
		deleteIn(path) {
			if (isEmptyPath(path)) {
				if (this.contents == null) return false;
				this.contents = null;
				return true;
			}
			return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		get(key, keepScalar) {
			return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
		}
		/**
		* Returns item at `path`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			if (isEmptyPath(path)) return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
			return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
		}
		/**
		* Checks if the document includes a value with the key `key`.
		*/
		has(key) {
			return isCollection(this.contents) ? this.contents.has(key) : false;
		}
		/**
		* Checks if the document includes a value at `path`.
		*/
		hasIn(path) {
			if (isEmptyPath(path)) return this.contents !== void 0;
			return isCollection(this.contents) ? this.contents.hasIn(path) : false;
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		set(key, value) {
			if (this.contents == null) this.contents = collectionFromPath(this.schema, [key], value);
			else if (assertCollection(this.contents)) this.contents.set(key, value);
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			if (isEmptyPath(path)) this.contents = value;
			else if (this.contents == null) this.contents = collectionFromPath(this.schema, Array.from(path), value);
			else if (assertCollection(this.contents)) this.contents.setIn(path, value);
		}
		/**
		* Change the YAML version and schema used by the document.
		* A `null` version disables support for directives, explicit tags, anchors, and aliases.
		* It also requires the `schema` option to be given as a `Schema` instance value.
		*
		* Overrides all previously set schema options.
		*/
		setSchema(version, options = {}) {
			if (typeof version === "number") version = String(version);
			let opt;
			switch (version) {
				case "1.1":
					if (this.directives) this.directives.yaml.version = "1.1";
					else this.directives = new Directives({ version: "1.1" });
					opt = {
						resolveKnownTags: false,
						schema: "yaml-1.1"
					};
					break;
				case "1.2":
				case "next":
					if (this.directives) this.directives.yaml.version = version;
					else this.directives = new Directives({ version });
					opt = {
						resolveKnownTags: true,
						schema: "core"
					};
					break;
				case null:
					if (this.directives) delete this.directives;
					opt = null;
					break;
				default: {
					const sv = JSON.stringify(version);
					throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
				}
			}
			if (options.schema instanceof Object) this.schema = options.schema;
			else if (opt) this.schema = new Schema(Object.assign(opt, options));
			else throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
		}
		toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc: this,
				keep: !json,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS(this.contents, jsonArg ?? "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
		}
		/**
		* A JSON representation of the document `contents`.
		*
		* @param jsonArg Used by `JSON.stringify` to indicate the array index or
		*   property name.
		*/
		toJSON(jsonArg, onAnchor) {
			return this.toJS({
				json: true,
				jsonArg,
				mapAsMap: false,
				onAnchor
			});
		}
		/** A YAML representation of the document. */
		toString(options = {}) {
			if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
			if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
				const s = JSON.stringify(options.indent);
				throw new Error(`"indent" option must be a positive integer, not ${s}`);
			}
			return stringifyDocument(this, options);
		}
	};
	function assertCollection(contents) {
		if (isCollection(contents)) return true;
		throw new Error("Expected a YAML collection as document contents");
	}
	// node_modules/yaml/browser/dist/errors.js
	var YAMLError = class extends Error {
		constructor(name, pos, code, message) {
			super();
			this.name = name;
			this.code = code;
			this.message = message;
			this.pos = pos;
		}
	};
	var YAMLParseError = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLParseError", pos, code, message);
		}
	};
	var YAMLWarning = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLWarning", pos, code, message);
		}
	};
	const prettifyError = (src, lc) => (error) => {
		if (error.pos[0] === -1) return;
		error.linePos = error.pos.map((pos) => lc.linePos(pos));
		const { line, col } = error.linePos[0];
		error.message += ` at line ${line}, column ${col}`;
		let ci = col - 1;
		let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
		if (ci >= 60 && lineStr.length > 80) {
			const trimStart = Math.min(ci - 39, lineStr.length - 79);
			lineStr = "…" + lineStr.substring(trimStart);
			ci -= trimStart - 1;
		}
		if (lineStr.length > 80) lineStr = lineStr.substring(0, 79) + "…";
		if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
			let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
			if (prev.length > 80) prev = prev.substring(0, 79) + "…\n";
			lineStr = prev + lineStr;
		}
		if (/[^ ]/.test(lineStr)) {
			let count = 1;
			const end = error.linePos[1];
			if (end?.line === line && end.col > col) count = Math.max(1, Math.min(end.col - col, 80 - ci));
			const pointer = " ".repeat(ci) + "^".repeat(count);
			error.message += `:\n\n${lineStr}\n${pointer}\n`;
		}
	};
	// node_modules/yaml/browser/dist/compose/resolve-props.js
	function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
		let spaceBefore = false;
		let atNewline = startOnNewline;
		let hasSpace = startOnNewline;
		let comment = "";
		let commentSep = "";
		let hasNewline = false;
		let reqSpace = false;
		let tab = null;
		let anchor = null;
		let tag = null;
		let newlineAfterProp = null;
		let comma = null;
		let found = null;
		let start = null;
		for (const token of tokens) {
			if (reqSpace) {
				if (token.type !== "space" && token.type !== "newline" && token.type !== "comma") onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
				reqSpace = false;
			}
			if (tab) {
				if (atNewline && token.type !== "comment" && token.type !== "newline") onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
				tab = null;
			}
			switch (token.type) {
				case "space":
					if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) tab = token;
					hasSpace = true;
					break;
				case "comment": {
					if (!hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					const cb = token.source.substring(1) || " ";
					if (!comment) comment = cb;
					else comment += commentSep + cb;
					commentSep = "";
					atNewline = false;
					break;
				}
				case "newline":
					if (atNewline) {
						if (comment) comment += token.source;
						else if (!found || indicator !== "seq-item-ind") spaceBefore = true;
					} else commentSep += token.source;
					atNewline = true;
					hasNewline = true;
					if (anchor || tag) newlineAfterProp = token;
					hasSpace = true;
					break;
				case "anchor":
					if (anchor) onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
					if (token.source.endsWith(":")) onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
					anchor = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case "tag":
					if (tag) onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
					tag = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case indicator:
					if (anchor || tag) onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
					if (found) onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
					found = token;
					atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
					hasSpace = false;
					break;
				case "comma": if (flow) {
					if (comma) onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
					comma = token;
					atNewline = false;
					hasSpace = false;
					break;
				}
				default:
					onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
					atNewline = false;
					hasSpace = false;
			}
		}
		const last = tokens[tokens.length - 1];
		const end = last ? last.offset + last.source.length : offset;
		if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
		if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq")) onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
		return {
			comma,
			found,
			spaceBefore,
			comment,
			hasNewline,
			anchor,
			tag,
			newlineAfterProp,
			end,
			start: start ?? end
		};
	}
	// node_modules/yaml/browser/dist/compose/util-contains-newline.js
	function containsNewline(key) {
		if (!key) return null;
		switch (key.type) {
			case "alias":
			case "scalar":
			case "double-quoted-scalar":
			case "single-quoted-scalar":
				if (key.source.includes("\n")) return true;
				if (key.end) {
					for (const st of key.end) if (st.type === "newline") return true;
				}
				return false;
			case "flow-collection":
				for (const it of key.items) {
					for (const st of it.start) if (st.type === "newline") return true;
					if (it.sep) {
						for (const st of it.sep) if (st.type === "newline") return true;
					}
					if (containsNewline(it.key) || containsNewline(it.value)) return true;
				}
				return false;
			default: return true;
		}
	}
	// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
	function flowIndentCheck(indent, fc, onError) {
		if (fc?.type === "flow-collection") {
			const end = fc.end[0];
			if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", true);
		}
	}
	// node_modules/yaml/browser/dist/compose/util-map-includes.js
	function mapIncludes(ctx, items, search) {
		const { uniqueKeys } = ctx.options;
		if (uniqueKeys === false) return false;
		const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
		return items.some((pair) => isEqual(pair.key, search));
	}
	// node_modules/yaml/browser/dist/compose/resolve-block-map.js
	const startColMsg = "All mapping items must start at the same column";
	function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
		const map = new ((tag?.nodeClass) ?? YAMLMap)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		let offset = bm.offset;
		let commentEnd = null;
		for (const collItem of bm.items) {
			const { start, key, sep, value } = collItem;
			const keyProps = resolveProps(start, {
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: bm.indent,
				startOnNewline: true
			});
			const implicitKey = !keyProps.found;
			if (implicitKey) {
				if (key) {
					if (key.type === "block-seq") onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
					else if ("indent" in key && key.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
				}
				if (!keyProps.anchor && !keyProps.tag && !sep) {
					commentEnd = keyProps.end;
					if (keyProps.comment) {
						if (map.comment) map.comment += "\n" + keyProps.comment;
						else map.comment = keyProps.comment;
					}
					continue;
				}
				if (keyProps.newlineAfterProp || containsNewline(key)) onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
			} else if (keyProps.found?.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
			ctx.atKey = true;
			const keyStart = keyProps.end;
			const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
			if (ctx.schema.compat) flowIndentCheck(bm.indent, key, onError);
			ctx.atKey = false;
			if (mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
			const valueProps = resolveProps(sep ?? [], {
				indicator: "map-value-ind",
				next: value,
				offset: keyNode.range[2],
				onError,
				parentIndent: bm.indent,
				startOnNewline: !key || key.type === "block-scalar"
			});
			offset = valueProps.end;
			if (valueProps.found) {
				if (implicitKey) {
					if (value?.type === "block-map" && !valueProps.hasNewline) onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
					if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024) onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
				if (ctx.schema.compat) flowIndentCheck(bm.indent, value, onError);
				offset = valueNode.range[2];
				const pair = new Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			} else {
				if (implicitKey) onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
				if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair(keyNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			}
		}
		if (commentEnd && commentEnd < offset) onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
		map.range = [
			bm.offset,
			offset,
			commentEnd ?? offset
		];
		return map;
	}
	// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
	function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
		const seq = new ((tag?.nodeClass) ?? YAMLSeq)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = bs.offset;
		let commentEnd = null;
		for (const { start, value } of bs.items) {
			const props = resolveProps(start, {
				indicator: "seq-item-ind",
				next: value,
				offset,
				onError,
				parentIndent: bs.indent,
				startOnNewline: true
			});
			if (!props.found) {
				if (props.anchor || props.tag || value) {
					if (value?.type === "block-seq") onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
					else onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
				} else {
					commentEnd = props.end;
					if (props.comment) seq.comment = props.comment;
					continue;
				}
			}
			const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
			if (ctx.schema.compat) flowIndentCheck(bs.indent, value, onError);
			offset = node.range[2];
			seq.items.push(node);
		}
		seq.range = [
			bs.offset,
			offset,
			commentEnd ?? offset
		];
		return seq;
	}
	// node_modules/yaml/browser/dist/compose/resolve-end.js
	function resolveEnd(end, offset, reqSpace, onError) {
		let comment = "";
		if (end) {
			let hasSpace = false;
			let sep = "";
			for (const token of end) {
				const { source, type } = token;
				switch (type) {
					case "space":
						hasSpace = true;
						break;
					case "comment": {
						if (reqSpace && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
						const cb = source.substring(1) || " ";
						if (!comment) comment = cb;
						else comment += sep + cb;
						sep = "";
						break;
					}
					case "newline":
						if (comment) sep += source;
						hasSpace = true;
						break;
					default: onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
				}
				offset += source.length;
			}
		}
		return {
			comment,
			offset
		};
	}
	// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
	const blockMsg = "Block collections are not allowed within flow collections";
	const isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
	function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
		const isMap = fc.start.source === "{";
		const fcName = isMap ? "flow map" : "flow sequence";
		const coll = new ((tag?.nodeClass) ?? (isMap ? YAMLMap : YAMLSeq))(ctx.schema);
		coll.flow = true;
		const atRoot = ctx.atRoot;
		if (atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = fc.offset + fc.start.source.length;
		for (let i = 0; i < fc.items.length; ++i) {
			const collItem = fc.items[i];
			const { start, key, sep, value } = collItem;
			const props = resolveProps(start, {
				flow: fcName,
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: fc.indent,
				startOnNewline: false
			});
			if (!props.found) {
				if (!props.anchor && !props.tag && !sep && !value) {
					if (i === 0 && props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
					else if (i < fc.items.length - 1) onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
					if (props.comment) {
						if (coll.comment) coll.comment += "\n" + props.comment;
						else coll.comment = props.comment;
					}
					offset = props.end;
					continue;
				}
				if (!isMap && ctx.options.strict && containsNewline(key)) onError(key, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
			}
			if (i === 0) {
				if (props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
			} else {
				if (!props.comma) onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
				if (props.comment) {
					let prevItemComment = "";
					loop: for (const st of start) switch (st.type) {
						case "comma":
						case "space": break;
						case "comment":
							prevItemComment = st.source.substring(1);
							break loop;
						default: break loop;
					}
					if (prevItemComment) {
						let prev = coll.items[coll.items.length - 1];
						if (isPair(prev)) prev = prev.value ?? prev.key;
						if (prev.comment) prev.comment += "\n" + prevItemComment;
						else prev.comment = prevItemComment;
						props.comment = props.comment.substring(prevItemComment.length + 1);
					}
				}
			}
			if (!isMap && !sep && !props.found) {
				const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
				coll.items.push(valueNode);
				offset = valueNode.range[2];
				if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
			} else {
				ctx.atKey = true;
				const keyStart = props.end;
				const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
				if (isBlock(key)) onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
				ctx.atKey = false;
				const valueProps = resolveProps(sep ?? [], {
					flow: fcName,
					indicator: "map-value-ind",
					next: value,
					offset: keyNode.range[2],
					onError,
					parentIndent: fc.indent,
					startOnNewline: false
				});
				if (valueProps.found) {
					if (!isMap && !props.found && ctx.options.strict) {
						if (sep) for (const st of sep) {
							if (st === valueProps.found) break;
							if (st.type === "newline") {
								onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
								break;
							}
						}
						if (props.start < valueProps.found.offset - 1024) onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
					}
				} else if (value) {
					if ("source" in value && value.source?.[0] === ":") onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
					else onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
				if (valueNode) {
					if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
				} else if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				if (isMap) {
					const map = coll;
					if (mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
					map.items.push(pair);
				} else {
					const map = new YAMLMap(ctx.schema);
					map.flow = true;
					map.items.push(pair);
					const endRange = (valueNode ?? keyNode).range;
					map.range = [
						keyNode.range[0],
						endRange[1],
						endRange[2]
					];
					coll.items.push(map);
				}
				offset = valueNode ? valueNode.range[2] : valueProps.end;
			}
		}
		const expectedEnd = isMap ? "}" : "]";
		const [ce, ...ee] = fc.end;
		let cePos = offset;
		if (ce?.source === expectedEnd) cePos = ce.offset + ce.source.length;
		else {
			const name = fcName[0].toUpperCase() + fcName.substring(1);
			const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
			onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
			if (ce && ce.source.length !== 1) ee.unshift(ce);
		}
		if (ee.length > 0) {
			const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
			if (end.comment) {
				if (coll.comment) coll.comment += "\n" + end.comment;
				else coll.comment = end.comment;
			}
			coll.range = [
				fc.offset,
				cePos,
				end.offset
			];
		} else coll.range = [
			fc.offset,
			cePos,
			cePos
		];
		return coll;
	}
	// node_modules/yaml/browser/dist/compose/compose-collection.js
	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
		const coll = token.type === "block-map" ? resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection(CN, ctx, token, onError, tag);
		const Coll = coll.constructor;
		if (tagName === "!" || tagName === Coll.tagName) {
			coll.tag = Coll.tagName;
			return coll;
		}
		if (tagName) coll.tag = tagName;
		return coll;
	}
	function composeCollection(CN, ctx, token, props, onError) {
		const tagToken = props.tag;
		const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
		if (token.type === "block-seq") {
			const { anchor, newlineAfterProp: nl } = props;
			const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
			if (lastProp && (!nl || nl.offset < lastProp.offset)) onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
		}
		const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
		if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") return resolveCollection(CN, ctx, token, onError, tagName);
		let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
		if (!tag) {
			const kt = ctx.schema.knownTags[tagName];
			if (kt?.collection === expType) {
				ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
				tag = kt;
			} else {
				if (kt) onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
				else onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
				return resolveCollection(CN, ctx, token, onError, tagName);
			}
		}
		const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
		const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
		const node = isNode(res) ? res : new Scalar(res);
		node.range = coll.range;
		node.tag = tagName;
		if (tag?.format) node.format = tag.format;
		return node;
	}
	// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
	function resolveBlockScalar(ctx, scalar, onError) {
		const start = scalar.offset;
		const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
		if (!header) return {
			value: "",
			type: null,
			comment: "",
			range: [
				start,
				start,
				start
			]
		};
		const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
		const lines = scalar.source ? splitLines(scalar.source) : [];
		let chompStart = lines.length;
		for (let i = lines.length - 1; i >= 0; --i) {
			const content = lines[i][1];
			if (content === "" || content === "\r") chompStart = i;
			else break;
		}
		if (chompStart === 0) {
			const value = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
			let end = start + header.length;
			if (scalar.source) end += scalar.source.length;
			return {
				value,
				type,
				comment: header.comment,
				range: [
					start,
					end,
					end
				]
			};
		}
		let trimIndent = scalar.indent + header.indent;
		let offset = scalar.offset + header.length;
		let contentStart = 0;
		for (let i = 0; i < chompStart; ++i) {
			const [indent, content] = lines[i];
			if (content === "" || content === "\r") {
				if (header.indent === 0 && indent.length > trimIndent) trimIndent = indent.length;
			} else {
				if (indent.length < trimIndent) onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator");
				if (header.indent === 0) trimIndent = indent.length;
				contentStart = i;
				if (trimIndent === 0 && !ctx.atRoot) onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
				break;
			}
			offset += indent.length + content.length + 1;
		}
		for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
		let value = "";
		let sep = "";
		let prevMoreIndented = false;
		for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + "\n";
		for (let i = contentStart; i < chompStart; ++i) {
			let [indent, content] = lines[i];
			offset += indent.length + content.length + 1;
			const crlf = content[content.length - 1] === "\r";
			if (crlf) content = content.slice(0, -1);
			/* istanbul ignore if already caught in lexer */
			if (content && indent.length < trimIndent) {
				const message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
				onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
				indent = "";
			}
			if (type === Scalar.BLOCK_LITERAL) {
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
			} else if (indent.length > trimIndent || content[0] === "	") {
				if (sep === " ") sep = "\n";
				else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
				prevMoreIndented = true;
			} else if (content === "") {
				if (sep === "\n") value += "\n";
				else sep = "\n";
			} else {
				value += sep + content;
				sep = " ";
				prevMoreIndented = false;
			}
		}
		switch (header.chomp) {
			case "-": break;
			case "+":
				for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i][0].slice(trimIndent);
				if (value[value.length - 1] !== "\n") value += "\n";
				break;
			default: value += "\n";
		}
		const end = start + header.length + scalar.source.length;
		return {
			value,
			type,
			comment: header.comment,
			range: [
				start,
				end,
				end
			]
		};
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
		/* istanbul ignore if should not happen */
		if (props[0].type !== "block-scalar-header") {
			onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
			return null;
		}
		const { source } = props[0];
		const mode = source[0];
		let indent = 0;
		let chomp = "";
		let error = -1;
		for (let i = 1; i < source.length; ++i) {
			const ch = source[i];
			if (!chomp && (ch === "-" || ch === "+")) chomp = ch;
			else {
				const n = Number(ch);
				if (!indent && n) indent = n;
				else if (error === -1) error = offset + i;
			}
		}
		if (error !== -1) onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
		let hasSpace = false;
		let comment = "";
		let length = source.length;
		for (let i = 1; i < props.length; ++i) {
			const token = props[i];
			switch (token.type) {
				case "space": hasSpace = true;
				case "newline":
					length += token.source.length;
					break;
				case "comment":
					if (strict && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					length += token.source.length;
					comment = token.source.substring(1);
					break;
				case "error":
					onError(token, "UNEXPECTED_TOKEN", token.message);
					length += token.source.length;
					break;
				/* istanbul ignore next should not happen */
				default: {
					onError(token, "UNEXPECTED_TOKEN", `Unexpected token in block scalar header: ${token.type}`);
					const ts = token.source;
					if (ts && typeof ts === "string") length += ts.length;
				}
			}
		}
		return {
			mode,
			indent,
			chomp,
			comment,
			length
		};
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
		const split = source.split(/\n( *)/);
		const first = split[0];
		const m = first.match(/^( *)/);
		const lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
		for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
		return lines;
	}
	// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
	function resolveFlowScalar(scalar, strict, onError) {
		const { offset, type, source, end } = scalar;
		let _type;
		let value;
		const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
		switch (type) {
			case "scalar":
				_type = Scalar.PLAIN;
				value = plainValue(source, _onError);
				break;
			case "single-quoted-scalar":
				_type = Scalar.QUOTE_SINGLE;
				value = singleQuotedValue(source, _onError);
				break;
			case "double-quoted-scalar":
				_type = Scalar.QUOTE_DOUBLE;
				value = doubleQuotedValue(source, _onError);
				break;
			/* istanbul ignore next should not happen */
			default:
				onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
				return {
					value: "",
					type: null,
					comment: "",
					range: [
						offset,
						offset + source.length,
						offset + source.length
					]
				};
		}
		const valueEnd = offset + source.length;
		const re = resolveEnd(end, valueEnd, strict, onError);
		return {
			value,
			type: _type,
			comment: re.comment,
			range: [
				offset,
				valueEnd,
				re.offset
			]
		};
	}
	function plainValue(source, onError) {
		let badChar = "";
		switch (source[0]) {
			/* istanbul ignore next should not happen */
			case "	":
				badChar = "a tab character";
				break;
			case ",":
				badChar = "flow indicator character ,";
				break;
			case "%":
				badChar = "directive indicator character %";
				break;
			case "|":
			case ">":
				badChar = `block scalar indicator ${source[0]}`;
				break;
			case "@":
			case "`": badChar = `reserved character ${source[0]}`;
		}
		if (badChar) onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
		return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
		if (source[source.length - 1] !== "'" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
		return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
		const line = /(.*?)\r?\n/sy;
		let match = line.exec(source);
		if (!match) return source;
		/**
		* The negative lookbehinds in these RegExps are to
		* prevent causing a polynomial search time in certain cases.
		*
		* The try-catch is for Safari < 16.4 and other old browsers:
		* https://caniuse.com/js-regexp-lookbehind
		*/
		let trimEnd, trimBoth;
		try {
			trimEnd = /* @__PURE__ */ new RegExp("(?<![ 	])[ 	]+$");
			trimBoth = /* @__PURE__ */ new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
		} catch {
			trimEnd = /[ \t]+$/;
			trimBoth = /^[ \t]+|[ \t]+$/g;
		}
		let res = match[1].replace(trimEnd, "");
		let sep = " ";
		let pos = line.lastIndex;
		while (match = line.exec(source)) {
			const lm = match[1].replace(trimBoth, "");
			if (lm === "") {
				if (sep === "\n") res += sep;
				else sep = "\n";
			} else {
				res += sep + lm;
				sep = " ";
			}
			pos = line.lastIndex;
		}
		const last = /[ \t]*(.*)/sy;
		last.lastIndex = pos;
		match = last.exec(source);
		return res + sep + (match?.[1] ?? "");
	}
	function doubleQuotedValue(source, onError) {
		let res = "";
		for (let i = 1; i < source.length - 1; ++i) {
			const ch = source[i];
			if (ch === "\r" && source[i + 1] === "\n") continue;
			if (ch === "\n") {
				const { fold, offset } = foldNewline(source, i);
				res += fold;
				i = offset;
			} else if (ch === "\\") {
				let next = source[++i];
				const cc = escapeCodes[next];
				if (cc) res += cc;
				else if (next === "\n") {
					next = source[i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "\r" && source[i + 1] === "\n") {
					next = source[++i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "x" || next === "u" || next === "U") {
					const length = next === "x" ? 2 : next === "u" ? 4 : 8;
					res += parseCharCode(source, i + 1, length, onError);
					i += length;
				} else {
					const raw = source.substr(i - 1, 2);
					onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
					res += raw;
				}
			} else if (ch === " " || ch === "	") {
				const wsStart = i;
				let next = source[i + 1];
				while (next === " " || next === "	") next = source[++i + 1];
				if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n")) res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
			} else res += ch;
		}
		if (source[source.length - 1] !== "\"" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing \"quote");
		return res;
	}
	/**
	* Fold a single newline into a space, multiple newlines to N - 1 newlines.
	* Presumes `source[offset] === '\n'`
	*/
	function foldNewline(source, offset) {
		let fold = "";
		let ch = source[offset + 1];
		while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
			if (ch === "\r" && source[offset + 2] !== "\n") break;
			if (ch === "\n") fold += "\n";
			offset += 1;
			ch = source[offset + 1];
		}
		if (!fold) fold = " ";
		return {
			fold,
			offset
		};
	}
	const escapeCodes = {
		"0": "\0",
		a: "\x07",
		b: "\b",
		e: "\x1B",
		f: "\f",
		n: "\n",
		r: "\r",
		t: "	",
		v: "\v",
		N: "",
		_: "\xA0",
		L: "\u2028",
		P: "\u2029",
		" ": " ",
		"\"": "\"",
		"/": "/",
		"\\": "\\",
		"	": "	"
	};
	function parseCharCode(source, offset, length, onError) {
		const cc = source.substr(offset, length);
		const code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
		try {
			return String.fromCodePoint(code);
		} catch {
			const raw = source.substr(offset - 2, length + 2);
			onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
			return raw;
		}
	}
	// node_modules/yaml/browser/dist/compose/compose-scalar.js
	function composeScalar(ctx, token, tagToken, onError) {
		const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
		const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
		let tag;
		if (ctx.options.stringKeys && ctx.atKey) tag = ctx.schema[SCALAR$1];
		else if (tagName) tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
		else if (token.type === "scalar") tag = findScalarTagByTest(ctx, value, token, onError);
		else tag = ctx.schema[SCALAR$1];
		let scalar;
		try {
			const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
			scalar = isScalar(res) ? res : new Scalar(res);
		} catch (error) {
			const msg = error instanceof Error ? error.message : String(error);
			onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
			scalar = new Scalar(value);
		}
		scalar.range = range;
		scalar.source = value;
		if (type) scalar.type = type;
		if (tagName) scalar.tag = tagName;
		if (tag.format) scalar.format = tag.format;
		if (comment) scalar.comment = comment;
		return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
		if (tagName === "!") return schema[SCALAR$1];
		const matchWithTest = [];
		for (const tag of schema.tags) if (!tag.collection && tag.tag === tagName) {
			if (tag.default && tag.test) matchWithTest.push(tag);
			else return tag;
		}
		for (const tag of matchWithTest) if (tag.test?.test(value)) return tag;
		const kt = schema.knownTags[tagName];
		if (kt && !kt.collection) {
			schema.tags.push(Object.assign({}, kt, {
				default: false,
				test: void 0
			}));
			return kt;
		}
		onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
		return schema[SCALAR$1];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
		const tag = schema.tags.find((tag) => (tag.default === true || atKey && tag.default === "key") && tag.test?.test(value)) || schema[SCALAR$1];
		if (schema.compat) {
			const compat = schema.compat.find((tag) => tag.default && tag.test?.test(value)) ?? schema[SCALAR$1];
			if (tag.tag !== compat.tag) onError(token, "TAG_RESOLVE_FAILED", `Value may be parsed as either ${directives.tagString(tag.tag)} or ${directives.tagString(compat.tag)}`, true);
		}
		return tag;
	}
	// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
	function emptyScalarPosition(offset, before, pos) {
		if (before) {
			pos ?? (pos = before.length);
			for (let i = pos - 1; i >= 0; --i) {
				let st = before[i];
				switch (st.type) {
					case "space":
					case "comment":
					case "newline":
						offset -= st.source.length;
						continue;
				}
				st = before[++i];
				while (st?.type === "space") {
					offset += st.source.length;
					st = before[++i];
				}
				break;
			}
		}
		return offset;
	}
	// node_modules/yaml/browser/dist/compose/compose-node.js
	const CN = {
		composeNode,
		composeEmptyNode
	};
	function composeNode(ctx, token, props, onError) {
		const atKey = ctx.atKey;
		const { spaceBefore, comment, anchor, tag } = props;
		let node;
		let isSrcToken = true;
		switch (token.type) {
			case "alias":
				node = composeAlias(ctx, token, onError);
				if (anchor || tag) onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
				break;
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "block-scalar":
				node = composeScalar(ctx, token, tag, onError);
				if (anchor) node.anchor = anchor.source.substring(1);
				break;
			case "block-map":
			case "block-seq":
			case "flow-collection":
				try {
					node = composeCollection(CN, ctx, token, props, onError);
					if (anchor) node.anchor = anchor.source.substring(1);
				} catch (error) {
					onError(token, "RESOURCE_EXHAUSTION", error instanceof Error ? error.message : String(error));
				}
				break;
			default:
				onError(token, "UNEXPECTED_TOKEN", token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`);
				isSrcToken = false;
		}
		node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
		if (anchor && node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings");
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			if (token.type === "scalar" && token.source === "") node.comment = comment;
			else node.commentBefore = comment;
		}
		if (ctx.options.keepSourceTokens && isSrcToken) node.srcToken = token;
		return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
		const node = composeScalar(ctx, {
			type: "scalar",
			offset: emptyScalarPosition(offset, before, pos),
			indent: -1,
			source: ""
		}, tag, onError);
		if (anchor) {
			node.anchor = anchor.source.substring(1);
			if (node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		}
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			node.comment = comment;
			node.range[2] = end;
		}
		return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
		const alias = new Alias(source.substring(1));
		if (alias.source === "") onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
		if (alias.source.endsWith(":")) onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
		const valueEnd = offset + source.length;
		const re = resolveEnd(end, valueEnd, options.strict, onError);
		alias.range = [
			offset,
			valueEnd,
			re.offset
		];
		if (re.comment) alias.comment = re.comment;
		return alias;
	}
	// node_modules/yaml/browser/dist/compose/compose-doc.js
	function composeDoc(options, directives, { offset, start, value, end }, onError) {
		const doc = new Document(void 0, Object.assign({ _directives: directives }, options));
		const ctx = {
			atKey: false,
			atRoot: true,
			directives: doc.directives,
			options: doc.options,
			schema: doc.schema
		};
		const props = resolveProps(start, {
			indicator: "doc-start",
			next: value ?? end?.[0],
			offset,
			onError,
			parentIndent: 0,
			startOnNewline: true
		});
		if (props.found) {
			doc.directives.docStart = true;
			if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline) onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
		}
		doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
		const contentEnd = doc.contents.range[2];
		const re = resolveEnd(end, contentEnd, false, onError);
		if (re.comment) doc.comment = re.comment;
		doc.range = [
			offset,
			contentEnd,
			re.offset
		];
		return doc;
	}
	// node_modules/yaml/browser/dist/compose/composer.js
	function getErrorPos(src) {
		if (typeof src === "number") return [src, src + 1];
		if (Array.isArray(src)) return src.length === 2 ? src : [src[0], src[1]];
		const { offset, source } = src;
		return [offset, offset + (typeof source === "string" ? source.length : 1)];
	}
	function parsePrelude(prelude) {
		let comment = "";
		let atComment = false;
		let afterEmptyLine = false;
		for (let i = 0; i < prelude.length; ++i) {
			const source = prelude[i];
			switch (source[0]) {
				case "#":
					comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
					atComment = true;
					afterEmptyLine = false;
					break;
				case "%":
					if (prelude[i + 1]?.[0] !== "#") i += 1;
					atComment = false;
					break;
				default:
					if (!atComment) afterEmptyLine = true;
					atComment = false;
			}
		}
		return {
			comment,
			afterEmptyLine
		};
	}
	/**
	* Compose a stream of CST nodes into a stream of YAML Documents.
	*
	* ```ts
	* import { Composer, Parser } from 'yaml'
	*
	* const src: string = ...
	* const tokens = new Parser().parse(src)
	* const docs = new Composer().compose(tokens)
	* ```
	*/
	var Composer = class {
		constructor(options = {}) {
			this.doc = null;
			this.atDirectives = false;
			this.prelude = [];
			this.errors = [];
			this.warnings = [];
			this.onError = (source, code, message, warning) => {
				const pos = getErrorPos(source);
				if (warning) this.warnings.push(new YAMLWarning(pos, code, message));
				else this.errors.push(new YAMLParseError(pos, code, message));
			};
			this.directives = new Directives({ version: options.version || "1.2" });
			this.options = options;
		}
		decorate(doc, afterDoc) {
			const { comment, afterEmptyLine } = parsePrelude(this.prelude);
			if (comment) {
				const dc = doc.contents;
				if (afterDoc) doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
				else if (afterEmptyLine || doc.directives.docStart || !dc) doc.commentBefore = comment;
				else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
					let it = dc.items[0];
					if (isPair(it)) it = it.key;
					const cb = it.commentBefore;
					it.commentBefore = cb ? `${comment}\n${cb}` : comment;
				} else {
					const cb = dc.commentBefore;
					dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
				}
			}
			if (afterDoc) {
				for (let i = 0; i < this.errors.length; ++i) doc.errors.push(this.errors[i]);
				for (let i = 0; i < this.warnings.length; ++i) doc.warnings.push(this.warnings[i]);
			} else {
				doc.errors = this.errors;
				doc.warnings = this.warnings;
			}
			this.prelude = [];
			this.errors = [];
			this.warnings = [];
		}
		/**
		* Current stream status information.
		*
		* Mostly useful at the end of input for an empty stream.
		*/
		streamInfo() {
			return {
				comment: parsePrelude(this.prelude).comment,
				directives: this.directives,
				errors: this.errors,
				warnings: this.warnings
			};
		}
		/**
		* Compose tokens into documents.
		*
		* @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
		* @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
		*/
		*compose(tokens, forceDoc = false, endOffset = -1) {
			for (const token of tokens) yield* this.next(token);
			yield* this.end(forceDoc, endOffset);
		}
		/** Advance the composer by one CST token. */
		*next(token) {
			switch (token.type) {
				case "directive":
					this.directives.add(token.source, (offset, message, warning) => {
						const pos = getErrorPos(token);
						pos[0] += offset;
						this.onError(pos, "BAD_DIRECTIVE", message, warning);
					});
					this.prelude.push(token.source);
					this.atDirectives = true;
					break;
				case "document": {
					const doc = composeDoc(this.options, this.directives, token, this.onError);
					if (this.atDirectives && !doc.directives.docStart) this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
					this.decorate(doc, false);
					if (this.doc) yield this.doc;
					this.doc = doc;
					this.atDirectives = false;
					break;
				}
				case "byte-order-mark":
				case "space": break;
				case "comment":
				case "newline":
					this.prelude.push(token.source);
					break;
				case "error": {
					const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
					const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
					if (this.atDirectives || !this.doc) this.errors.push(error);
					else this.doc.errors.push(error);
					break;
				}
				case "doc-end": {
					if (!this.doc) {
						this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", "Unexpected doc-end without preceding document"));
						break;
					}
					this.doc.directives.docEnd = true;
					const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
					this.decorate(this.doc, true);
					if (end.comment) {
						const dc = this.doc.comment;
						this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
					}
					this.doc.range[2] = end.offset;
					break;
				}
				default: this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
			}
		}
		/**
		* Call at end of input to yield any remaining document.
		*
		* @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
		* @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
		*/
		*end(forceDoc = false, endOffset = -1) {
			if (this.doc) {
				this.decorate(this.doc, true);
				yield this.doc;
				this.doc = null;
			} else if (forceDoc) {
				const doc = new Document(void 0, Object.assign({ _directives: this.directives }, this.options));
				if (this.atDirectives) this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
				doc.range = [
					0,
					endOffset,
					endOffset
				];
				this.decorate(doc, false);
				yield doc;
			}
		}
	};
	// node_modules/yaml/browser/dist/parse/cst-visit.js
	const BREAK = Symbol("break visit");
	const SKIP = Symbol("skip children");
	const REMOVE = Symbol("remove item");
	/**
	* Apply a visitor to a CST document or item.
	*
	* Walks through the tree (depth-first) starting from the root, calling a
	* `visitor` function with two arguments when entering each item:
	*   - `item`: The current item, which included the following members:
	*     - `start: SourceToken[]` – Source tokens before the key or value,
	*       possibly including its anchor or tag.
	*     - `key?: Token | null` – Set for pair values. May then be `null`, if
	*       the key before the `:` separator is empty.
	*     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	*       which should include the `:` map value indicator if `value` is set.
	*     - `value?: Token` – The value of a sequence item, or of a map pair.
	*   - `path`: The steps from the root to the current node, as an array of
	*     `['key' | 'value', number]` tuples.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this token, continue with
	*      next sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current item, then continue with the next one
	*   - `number`: Set the index of the next step. This is useful especially if
	*     the index of the current token has changed.
	*   - `function`: Define the next visitor for this item. After the original
	*     visitor is called on item entry, next visitors are called after handling
	*     a non-empty `key` and when exiting the item.
	*/
	function visit(cst, visitor) {
		if ("type" in cst && cst.type === "document") cst = {
			start: cst.start,
			value: cst.value
		};
		_visit(Object.freeze([]), cst, visitor);
	}
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
		let item = cst;
		for (const [field, index] of path) {
			const tok = item?.[field];
			if (tok && "items" in tok) item = tok.items[index];
			else return void 0;
		}
		return item;
	};
	/**
	* Get the immediate parent collection of the item at `path` from `cst` as the root.
	*
	* Throws an error if the collection is not found, which should never happen if the item itself exists.
	*/
	visit.parentCollection = (cst, path) => {
		const parent = visit.itemAtPath(cst, path.slice(0, -1));
		const field = path[path.length - 1][0];
		const coll = parent?.[field];
		if (coll && "items" in coll) return coll;
		throw new Error("Parent collection not found");
	};
	function _visit(path, item, visitor) {
		let ctrl = visitor(item, path);
		if (typeof ctrl === "symbol") return ctrl;
		for (const field of ["key", "value"]) {
			const token = item[field];
			if (token && "items" in token) {
				for (let i = 0; i < token.items.length; ++i) {
					const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						token.items.splice(i, 1);
						i -= 1;
					}
				}
				if (typeof ctrl === "function" && field === "key") ctrl = ctrl(item, path);
			}
		}
		return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
		switch (source) {
			case "﻿": return "byte-order-mark";
			case "": return "doc-mode";
			case "": return "flow-error-end";
			case "": return "scalar";
			case "---": return "doc-start";
			case "...": return "doc-end";
			case "":
			case "\n":
			case "\r\n": return "newline";
			case "-": return "seq-item-ind";
			case "?": return "explicit-key-ind";
			case ":": return "map-value-ind";
			case "{": return "flow-map-start";
			case "}": return "flow-map-end";
			case "[": return "flow-seq-start";
			case "]": return "flow-seq-end";
			case ",": return "comma";
		}
		switch (source[0]) {
			case " ":
			case "	": return "space";
			case "#": return "comment";
			case "%": return "directive-line";
			case "*": return "alias";
			case "&": return "anchor";
			case "!": return "tag";
			case "'": return "single-quoted-scalar";
			case "\"": return "double-quoted-scalar";
			case "|":
			case ">": return "block-scalar-header";
		}
		return null;
	}
	// node_modules/yaml/browser/dist/parse/lexer.js
	function isEmpty(ch) {
		switch (ch) {
			case void 0:
			case " ":
			case "\n":
			case "\r":
			case "	": return true;
			default: return false;
		}
	}
	const hexDigits = /* @__PURE__ */ new Set("0123456789ABCDEFabcdef");
	const tagChars = /* @__PURE__ */ new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = /* @__PURE__ */ new Set(",[]{}");
	const invalidAnchorChars = /* @__PURE__ */ new Set(" ,[]{}\n\r	");
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	* Splits an input string into lexical tokens, i.e. smaller strings that are
	* easily identifiable by `tokens.tokenType()`.
	*
	* Lexing starts always in a "stream" context. Incomplete input may be buffered
	* until a complete token can be emitted.
	*
	* In addition to slices of the original input, the following control characters
	* may also be emitted:
	*
	* - `\x02` (Start of Text): A document starts with the next token
	* - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	* - `\x1f` (Unit Separator): Next token is a scalar value
	* - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	*/
	var Lexer = class {
		constructor() {
			/**
			* Flag indicating whether the end of the current buffer marks the end of
			* all input
			*/
			this.atEnd = false;
			/**
			* Explicit indent set in block scalar header, as an offset from the current
			* minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
			* explicitly set.
			*/
			this.blockScalarIndent = -1;
			/**
			* Block scalars that include a + (keep) chomping indicator in their header
			* include trailing empty lines, which are otherwise excluded from the
			* scalar's contents.
			*/
			this.blockScalarKeep = false;
			/** Current input */
			this.buffer = "";
			/**
			* Flag noting whether the map value indicator : can immediately follow this
			* node within a flow context.
			*/
			this.flowKey = false;
			/** Count of surrounding flow collection levels. */
			this.flowLevel = 0;
			/**
			* Minimum level of indentation required for next lines to be parsed as a
			* part of the current scalar value.
			*/
			this.indentNext = 0;
			/** Indentation level of the current line. */
			this.indentValue = 0;
			/** Position of the next \n character. */
			this.lineEndPos = null;
			/** Stores the state of the lexer if reaching the end of incpomplete input */
			this.next = null;
			/** A pointer to `buffer`; the current position of the lexer. */
			this.pos = 0;
		}
		/**
		* Generate YAML tokens from the `source` string. If `incomplete`,
		* a part of the last line may be left as a buffer for the next call.
		*
		* @returns A generator of lexical tokens
		*/
		*lex(source, incomplete = false) {
			if (source) {
				if (typeof source !== "string") throw TypeError("source is not a string");
				this.buffer = this.buffer ? this.buffer + source : source;
				this.lineEndPos = null;
			}
			this.atEnd = !incomplete;
			let next = this.next ?? "stream";
			while (next && (incomplete || this.hasChars(1))) next = yield* this.parseNext(next);
		}
		atLineEnd() {
			let i = this.pos;
			let ch = this.buffer[i];
			while (ch === " " || ch === "	") ch = this.buffer[++i];
			if (!ch || ch === "#" || ch === "\n") return true;
			if (ch === "\r") return this.buffer[i + 1] === "\n";
			return false;
		}
		charAt(n) {
			return this.buffer[this.pos + n];
		}
		continueScalar(offset) {
			let ch = this.buffer[offset];
			if (this.indentNext > 0) {
				let indent = 0;
				while (ch === " ") ch = this.buffer[++indent + offset];
				if (ch === "\r") {
					const next = this.buffer[indent + offset + 1];
					if (next === "\n" || !next && !this.atEnd) return offset + indent + 1;
				}
				return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
			}
			if (ch === "-" || ch === ".") {
				const dt = this.buffer.substr(offset, 3);
				if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3])) return -1;
			}
			return offset;
		}
		getLine() {
			let end = this.lineEndPos;
			if (typeof end !== "number" || end !== -1 && end < this.pos) {
				end = this.buffer.indexOf("\n", this.pos);
				this.lineEndPos = end;
			}
			if (end === -1) return this.atEnd ? this.buffer.substring(this.pos) : null;
			if (this.buffer[end - 1] === "\r") end -= 1;
			return this.buffer.substring(this.pos, end);
		}
		hasChars(n) {
			return this.pos + n <= this.buffer.length;
		}
		setNext(state) {
			this.buffer = this.buffer.substring(this.pos);
			this.pos = 0;
			this.lineEndPos = null;
			this.next = state;
			return null;
		}
		peek(n) {
			return this.buffer.substr(this.pos, n);
		}
		*parseNext(next) {
			switch (next) {
				case "stream": return yield* this.parseStream();
				case "line-start": return yield* this.parseLineStart();
				case "block-start": return yield* this.parseBlockStart();
				case "doc": return yield* this.parseDocument();
				case "flow": return yield* this.parseFlowCollection();
				case "quoted-scalar": return yield* this.parseQuotedScalar();
				case "block-scalar": return yield* this.parseBlockScalar();
				case "plain-scalar": return yield* this.parsePlainScalar();
			}
		}
		*parseStream() {
			let line = this.getLine();
			if (line === null) return this.setNext("stream");
			if (line[0] === "﻿") {
				yield* this.pushCount(1);
				line = line.substring(1);
			}
			if (line[0] === "%") {
				let dirEnd = line.length;
				let cs = line.indexOf("#");
				while (cs !== -1) {
					const ch = line[cs - 1];
					if (ch === " " || ch === "	") {
						dirEnd = cs - 1;
						break;
					} else cs = line.indexOf("#", cs + 1);
				}
				while (true) {
					const ch = line[dirEnd - 1];
					if (ch === " " || ch === "	") dirEnd -= 1;
					else break;
				}
				const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
				yield* this.pushCount(line.length - n);
				this.pushNewline();
				return "stream";
			}
			if (this.atLineEnd()) {
				const sp = yield* this.pushSpaces(true);
				yield* this.pushCount(line.length - sp);
				yield* this.pushNewline();
				return "stream";
			}
			yield "";
			return yield* this.parseLineStart();
		}
		*parseLineStart() {
			const ch = this.charAt(0);
			if (!ch && !this.atEnd) return this.setNext("line-start");
			if (ch === "-" || ch === ".") {
				if (!this.atEnd && !this.hasChars(4)) return this.setNext("line-start");
				const s = this.peek(3);
				if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
					yield* this.pushCount(3);
					this.indentValue = 0;
					this.indentNext = 0;
					return s === "---" ? "doc" : "stream";
				}
			}
			this.indentValue = yield* this.pushSpaces(false);
			if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1))) this.indentNext = this.indentValue;
			return yield* this.parseBlockStart();
		}
		*parseBlockStart() {
			const [ch0, ch1] = this.peek(2);
			if (!ch1 && !this.atEnd) return this.setNext("block-start");
			if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
				const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
				this.indentNext = this.indentValue + 1;
				this.indentValue += n;
				return "block-start";
			}
			return "doc";
		}
		*parseDocument() {
			yield* this.pushSpaces(true);
			const line = this.getLine();
			if (line === null) return this.setNext("doc");
			let n = yield* this.pushIndicators();
			switch (line[n]) {
				case "#": yield* this.pushCount(line.length - n);
				case void 0:
					yield* this.pushNewline();
					return yield* this.parseLineStart();
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel = 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					return "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "doc";
				case "\"":
				case "'": return yield* this.parseQuotedScalar();
				case "|":
				case ">":
					n += yield* this.parseBlockScalarHeader();
					n += yield* this.pushSpaces(true);
					yield* this.pushCount(line.length - n);
					yield* this.pushNewline();
					return yield* this.parseBlockScalar();
				default: return yield* this.parsePlainScalar();
			}
		}
		*parseFlowCollection() {
			let nl, sp;
			let indent = -1;
			do {
				nl = yield* this.pushNewline();
				if (nl > 0) {
					sp = yield* this.pushSpaces(false);
					this.indentValue = indent = sp;
				} else sp = 0;
				sp += yield* this.pushSpaces(true);
			} while (nl + sp > 0);
			const line = this.getLine();
			if (line === null) return this.setNext("flow");
			if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
				if (!(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}"))) {
					this.flowLevel = 0;
					yield "";
					return yield* this.parseLineStart();
				}
			}
			let n = 0;
			while (line[n] === ",") {
				n += yield* this.pushCount(1);
				n += yield* this.pushSpaces(true);
				this.flowKey = false;
			}
			n += yield* this.pushIndicators();
			switch (line[n]) {
				case void 0: return "flow";
				case "#":
					yield* this.pushCount(line.length - n);
					return "flow";
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel += 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					this.flowKey = true;
					this.flowLevel -= 1;
					return this.flowLevel ? "flow" : "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "flow";
				case "\"":
				case "'":
					this.flowKey = true;
					return yield* this.parseQuotedScalar();
				case ":": {
					const next = this.charAt(1);
					if (this.flowKey || isEmpty(next) || next === ",") {
						this.flowKey = false;
						yield* this.pushCount(1);
						yield* this.pushSpaces(true);
						return "flow";
					}
				}
				default:
					this.flowKey = false;
					return yield* this.parsePlainScalar();
			}
		}
		*parseQuotedScalar() {
			const quote = this.charAt(0);
			let end = this.buffer.indexOf(quote, this.pos + 1);
			if (quote === "'") while (end !== -1 && this.buffer[end + 1] === "'") end = this.buffer.indexOf("'", end + 2);
			else while (end !== -1) {
				let n = 0;
				while (this.buffer[end - 1 - n] === "\\") n += 1;
				if (n % 2 === 0) break;
				end = this.buffer.indexOf("\"", end + 1);
			}
			const qb = this.buffer.substring(0, end);
			let nl = qb.indexOf("\n", this.pos);
			if (nl !== -1) {
				while (nl !== -1) {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = qb.indexOf("\n", cs);
				}
				if (nl !== -1) end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
			}
			if (end === -1) {
				if (!this.atEnd) return this.setNext("quoted-scalar");
				end = this.buffer.length;
			}
			yield* this.pushToIndex(end + 1, false);
			return this.flowLevel ? "flow" : "doc";
		}
		*parseBlockScalarHeader() {
			this.blockScalarIndent = -1;
			this.blockScalarKeep = false;
			let i = this.pos;
			while (true) {
				const ch = this.buffer[++i];
				if (ch === "+") this.blockScalarKeep = true;
				else if (ch > "0" && ch <= "9") this.blockScalarIndent = Number(ch) - 1;
				else if (ch !== "-") break;
			}
			return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
		}
		*parseBlockScalar() {
			let nl = this.pos - 1;
			let indent = 0;
			let ch;
			loop: for (let i = this.pos; ch = this.buffer[i]; ++i) switch (ch) {
				case " ":
					indent += 1;
					break;
				case "\n":
					nl = i;
					indent = 0;
					break;
				case "\r": {
					const next = this.buffer[i + 1];
					if (!next && !this.atEnd) return this.setNext("block-scalar");
					if (next === "\n") break;
				}
				default: break loop;
			}
			if (!ch && !this.atEnd) return this.setNext("block-scalar");
			if (indent >= this.indentNext) {
				if (this.blockScalarIndent === -1) this.indentNext = indent;
				else this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
				do {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = this.buffer.indexOf("\n", cs);
				} while (nl !== -1);
				if (nl === -1) {
					if (!this.atEnd) return this.setNext("block-scalar");
					nl = this.buffer.length;
				}
			}
			let i = nl + 1;
			ch = this.buffer[i];
			while (ch === " ") ch = this.buffer[++i];
			if (ch === "	") {
				while (ch === "	" || ch === " " || ch === "\r" || ch === "\n") ch = this.buffer[++i];
				nl = i - 1;
			} else if (!this.blockScalarKeep) do {
				let i = nl - 1;
				let ch = this.buffer[i];
				if (ch === "\r") ch = this.buffer[--i];
				const lastChar = i;
				while (ch === " ") ch = this.buffer[--i];
				if (ch === "\n" && i >= this.pos && i + 1 + indent > lastChar) nl = i;
				else break;
			} while (true);
			yield "";
			yield* this.pushToIndex(nl + 1, true);
			return yield* this.parseLineStart();
		}
		*parsePlainScalar() {
			const inFlow = this.flowLevel > 0;
			let end = this.pos - 1;
			let i = this.pos - 1;
			let ch;
			while (ch = this.buffer[++i]) if (ch === ":") {
				const next = this.buffer[i + 1];
				if (isEmpty(next) || inFlow && flowIndicatorChars.has(next)) break;
				end = i;
			} else if (isEmpty(ch)) {
				let next = this.buffer[i + 1];
				if (ch === "\r") {
					if (next === "\n") {
						i += 1;
						ch = "\n";
						next = this.buffer[i + 1];
					} else end = i;
				}
				if (next === "#" || inFlow && flowIndicatorChars.has(next)) break;
				if (ch === "\n") {
					const cs = this.continueScalar(i + 1);
					if (cs === -1) break;
					i = Math.max(i, cs - 2);
				}
			} else {
				if (inFlow && flowIndicatorChars.has(ch)) break;
				end = i;
			}
			if (!ch && !this.atEnd) return this.setNext("plain-scalar");
			yield "";
			yield* this.pushToIndex(end + 1, true);
			return inFlow ? "flow" : "doc";
		}
		*pushCount(n) {
			if (n > 0) {
				yield this.buffer.substr(this.pos, n);
				this.pos += n;
				return n;
			}
			return 0;
		}
		*pushToIndex(i, allowEmpty) {
			const s = this.buffer.slice(this.pos, i);
			if (s) {
				yield s;
				this.pos += s.length;
				return s.length;
			} else if (allowEmpty) yield "";
			return 0;
		}
		*pushIndicators() {
			let n = 0;
			loop: while (true) {
				switch (this.charAt(0)) {
					case "!":
						n += yield* this.pushTag();
						n += yield* this.pushSpaces(true);
						continue loop;
					case "&":
						n += yield* this.pushUntil(isNotAnchorChar);
						n += yield* this.pushSpaces(true);
						continue loop;
					case "-":
					case "?":
					case ":": {
						const inFlow = this.flowLevel > 0;
						const ch1 = this.charAt(1);
						if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
							if (!inFlow) this.indentNext = this.indentValue + 1;
							else if (this.flowKey) this.flowKey = false;
							n += yield* this.pushCount(1);
							n += yield* this.pushSpaces(true);
							continue loop;
						}
					}
				}
				break loop;
			}
			return n;
		}
		*pushTag() {
			if (this.charAt(1) === "<") {
				let i = this.pos + 2;
				let ch = this.buffer[i];
				while (!isEmpty(ch) && ch !== ">") ch = this.buffer[++i];
				return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
			} else {
				let i = this.pos + 1;
				let ch = this.buffer[i];
				while (ch) if (tagChars.has(ch)) ch = this.buffer[++i];
				else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) ch = this.buffer[i += 3];
				else break;
				return yield* this.pushToIndex(i, false);
			}
		}
		*pushNewline() {
			const ch = this.buffer[this.pos];
			if (ch === "\n") return yield* this.pushCount(1);
			else if (ch === "\r" && this.charAt(1) === "\n") return yield* this.pushCount(2);
			else return 0;
		}
		*pushSpaces(allowTabs) {
			let i = this.pos - 1;
			let ch;
			do
				ch = this.buffer[++i];
			while (ch === " " || allowTabs && ch === "	");
			const n = i - this.pos;
			if (n > 0) {
				yield this.buffer.substr(this.pos, n);
				this.pos = i;
			}
			return n;
		}
		*pushUntil(test) {
			let i = this.pos;
			let ch = this.buffer[i];
			while (!test(ch)) ch = this.buffer[++i];
			return yield* this.pushToIndex(i, false);
		}
	};
	// node_modules/yaml/browser/dist/parse/line-counter.js
	/**
	* Tracks newlines during parsing in order to provide an efficient API for
	* determining the one-indexed `{ line, col }` position for any offset
	* within the input.
	*/
	var LineCounter = class {
		constructor() {
			this.lineStarts = [];
			/**
			* Should be called in ascending order. Otherwise, call
			* `lineCounter.lineStarts.sort()` before calling `linePos()`.
			*/
			this.addNewLine = (offset) => this.lineStarts.push(offset);
			/**
			* Performs a binary search and returns the 1-indexed { line, col }
			* position of `offset`. If `line === 0`, `addNewLine` has never been
			* called or `offset` is before the first known newline.
			*/
			this.linePos = (offset) => {
				let low = 0;
				let high = this.lineStarts.length;
				while (low < high) {
					const mid = low + high >> 1;
					if (this.lineStarts[mid] < offset) low = mid + 1;
					else high = mid;
				}
				if (this.lineStarts[low] === offset) return {
					line: low + 1,
					col: 1
				};
				if (low === 0) return {
					line: 0,
					col: offset
				};
				const start = this.lineStarts[low - 1];
				return {
					line: low,
					col: offset - start + 1
				};
			};
		}
	};
	// node_modules/yaml/browser/dist/parse/parser.js
	function includesToken(list, type) {
		for (let i = 0; i < list.length; ++i) if (list[i].type === type) return true;
		return false;
	}
	function findNonEmptyIndex(list) {
		for (let i = 0; i < list.length; ++i) switch (list[i].type) {
			case "space":
			case "comment":
			case "newline": break;
			default: return i;
		}
		return -1;
	}
	function isFlowToken(token) {
		switch (token?.type) {
			case "alias":
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "flow-collection": return true;
			default: return false;
		}
	}
	function getPrevProps(parent) {
		switch (parent.type) {
			case "document": return parent.start;
			case "block-map": {
				const it = parent.items[parent.items.length - 1];
				return it.sep ?? it.start;
			}
			case "block-seq": return parent.items[parent.items.length - 1].start;
			/* istanbul ignore next should not happen */
			default: return [];
		}
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
		if (prev.length === 0) return [];
		let i = prev.length;
		loop: while (--i >= 0) switch (prev[i].type) {
			case "doc-start":
			case "explicit-key-ind":
			case "map-value-ind":
			case "seq-item-ind":
			case "newline": break loop;
		}
		while (prev[++i]?.type === "space");
		return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
		if (source.length < 1e5) Array.prototype.push.apply(target, source);
		else for (let i = 0; i < source.length; ++i) target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
		if (fc.start.type === "flow-seq-start") {
			for (const it of fc.items) if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
				if (it.key) it.value = it.key;
				delete it.key;
				if (isFlowToken(it.value)) {
					if (it.value.end) arrayPushArray(it.value.end, it.sep);
					else it.value.end = it.sep;
				} else arrayPushArray(it.start, it.sep);
				delete it.sep;
			}
		}
	}
	/**
	* A YAML concrete syntax tree (CST) parser
	*
	* ```ts
	* const src: string = ...
	* for (const token of new Parser().parse(src)) {
	*   // token: Token
	* }
	* ```
	*
	* To use the parser with a user-provided lexer:
	*
	* ```ts
	* function* parse(source: string, lexer: Lexer) {
	*   const parser = new Parser()
	*   for (const lexeme of lexer.lex(source))
	*     yield* parser.next(lexeme)
	*   yield* parser.end()
	* }
	*
	* const src: string = ...
	* const lexer = new Lexer()
	* for (const token of parse(src, lexer)) {
	*   // token: Token
	* }
	* ```
	*/
	var Parser = class {
		/**
		* @param onNewLine - If defined, called separately with the start position of
		*   each new line (in `parse()`, including the start of input).
		*/
		constructor(onNewLine) {
			/** If true, space and sequence indicators count as indentation */
			this.atNewLine = true;
			/** If true, next token is a scalar value */
			this.atScalar = false;
			/** Current indentation level */
			this.indent = 0;
			/** Current offset since the start of parsing */
			this.offset = 0;
			/** On the same line with a block map key */
			this.onKeyLine = false;
			/** Top indicates the node that's currently being built */
			this.stack = [];
			/** The source of the current token, set in parse() */
			this.source = "";
			/** The type of the current token, set in parse() */
			this.type = "";
			this.lexer = new Lexer();
			this.onNewLine = onNewLine;
		}
		/**
		* Parse `source` as a YAML stream.
		* If `incomplete`, a part of the last line may be left as a buffer for the next call.
		*
		* Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
		*
		* @returns A generator of tokens representing each directive, document, and other structure.
		*/
		*parse(source, incomplete = false) {
			if (this.onNewLine && this.offset === 0) this.onNewLine(0);
			for (const lexeme of this.lexer.lex(source, incomplete)) yield* this.next(lexeme);
			if (!incomplete) yield* this.end();
		}
		/**
		* Advance the parser by the `source` of one lexical token.
		*/
		*next(source) {
			this.source = source;
			if (this.atScalar) {
				this.atScalar = false;
				yield* this.step();
				this.offset += source.length;
				return;
			}
			const type = tokenType(source);
			if (!type) {
				const message = `Not a YAML token: ${source}`;
				yield* this.pop({
					type: "error",
					offset: this.offset,
					message,
					source
				});
				this.offset += source.length;
			} else if (type === "scalar") {
				this.atNewLine = false;
				this.atScalar = true;
				this.type = "scalar";
			} else {
				this.type = type;
				yield* this.step();
				switch (type) {
					case "newline":
						this.atNewLine = true;
						this.indent = 0;
						if (this.onNewLine) this.onNewLine(this.offset + source.length);
						break;
					case "space":
						if (this.atNewLine && source[0] === " ") this.indent += source.length;
						break;
					case "explicit-key-ind":
					case "map-value-ind":
					case "seq-item-ind":
						if (this.atNewLine) this.indent += source.length;
						break;
					case "doc-mode":
					case "flow-error-end": return;
					default: this.atNewLine = false;
				}
				this.offset += source.length;
			}
		}
		/** Call at end of input to push out any remaining constructions */
		*end() {
			while (this.stack.length > 0) yield* this.pop();
		}
		get sourceToken() {
			return {
				type: this.type,
				offset: this.offset,
				indent: this.indent,
				source: this.source
			};
		}
		*step() {
			const top = this.peek(1);
			if (this.type === "doc-end" && top?.type !== "doc-end") {
				while (this.stack.length > 0) yield* this.pop();
				this.stack.push({
					type: "doc-end",
					offset: this.offset,
					source: this.source
				});
				return;
			}
			if (!top) return yield* this.stream();
			switch (top.type) {
				case "document": return yield* this.document(top);
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return yield* this.scalar(top);
				case "block-scalar": return yield* this.blockScalar(top);
				case "block-map": return yield* this.blockMap(top);
				case "block-seq": return yield* this.blockSequence(top);
				case "flow-collection": return yield* this.flowCollection(top);
				case "doc-end": return yield* this.documentEnd(top);
			}
			/* istanbul ignore next should not happen */
			yield* this.pop();
		}
		peek(n) {
			return this.stack[this.stack.length - n];
		}
		*pop(error) {
			const token = error ?? this.stack.pop();
			/* istanbul ignore if should not happen */
			if (!token) yield {
				type: "error",
				offset: this.offset,
				source: "",
				message: "Tried to pop an empty stack"
			};
			else if (this.stack.length === 0) yield token;
			else {
				const top = this.peek(1);
				if (token.type === "block-scalar") token.indent = "indent" in top ? top.indent : 0;
				else if (token.type === "flow-collection" && top.type === "document") token.indent = 0;
				if (token.type === "flow-collection") fixFlowSeqItems(token);
				switch (top.type) {
					case "document":
						top.value = token;
						break;
					case "block-scalar":
						top.props.push(token);
						break;
					case "block-map": {
						const it = top.items[top.items.length - 1];
						if (it.value) {
							top.items.push({
								start: [],
								key: token,
								sep: []
							});
							this.onKeyLine = true;
							return;
						} else if (it.sep) it.value = token;
						else {
							Object.assign(it, {
								key: token,
								sep: []
							});
							this.onKeyLine = !it.explicitKey;
							return;
						}
						break;
					}
					case "block-seq": {
						const it = top.items[top.items.length - 1];
						if (it.value) top.items.push({
							start: [],
							value: token
						});
						else it.value = token;
						break;
					}
					case "flow-collection": {
						const it = top.items[top.items.length - 1];
						if (!it || it.value) top.items.push({
							start: [],
							key: token,
							sep: []
						});
						else if (it.sep) it.value = token;
						else Object.assign(it, {
							key: token,
							sep: []
						});
						return;
					}
					/* istanbul ignore next should not happen */
					default:
						yield* this.pop();
						yield* this.pop(token);
				}
				if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
					const last = token.items[token.items.length - 1];
					if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
						if (top.type === "document") top.end = last.start;
						else top.items.push({ start: last.start });
						token.items.splice(-1, 1);
					}
				}
			}
		}
		*stream() {
			switch (this.type) {
				case "directive-line":
					yield {
						type: "directive",
						offset: this.offset,
						source: this.source
					};
					return;
				case "byte-order-mark":
				case "space":
				case "comment":
				case "newline":
					yield this.sourceToken;
					return;
				case "doc-mode":
				case "doc-start": {
					const doc = {
						type: "document",
						offset: this.offset,
						start: []
					};
					if (this.type === "doc-start") doc.start.push(this.sourceToken);
					this.stack.push(doc);
					return;
				}
			}
			yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML stream`,
				source: this.source
			};
		}
		*document(doc) {
			if (doc.value) return yield* this.lineEnd(doc);
			switch (this.type) {
				case "doc-start":
					if (findNonEmptyIndex(doc.start) !== -1) {
						yield* this.pop();
						yield* this.step();
					} else doc.start.push(this.sourceToken);
					return;
				case "anchor":
				case "tag":
				case "space":
				case "comment":
				case "newline":
					doc.start.push(this.sourceToken);
					return;
			}
			const bv = this.startBlockValue(doc);
			if (bv) this.stack.push(bv);
			else yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML document`,
				source: this.source
			};
		}
		*scalar(scalar) {
			if (this.type === "map-value-ind") {
				const start = getFirstKeyStartProps(getPrevProps(this.peek(2)));
				let sep;
				if (scalar.end) {
					sep = scalar.end;
					sep.push(this.sourceToken);
					delete scalar.end;
				} else sep = [this.sourceToken];
				const map = {
					type: "block-map",
					offset: scalar.offset,
					indent: scalar.indent,
					items: [{
						start,
						key: scalar,
						sep
					}]
				};
				this.onKeyLine = true;
				this.stack[this.stack.length - 1] = map;
			} else yield* this.lineEnd(scalar);
		}
		*blockScalar(scalar) {
			switch (this.type) {
				case "space":
				case "comment":
				case "newline":
					scalar.props.push(this.sourceToken);
					return;
				case "scalar":
					scalar.source = this.source;
					this.atNewLine = true;
					this.indent = 0;
					if (this.onNewLine) {
						let nl = this.source.indexOf("\n") + 1;
						while (nl !== 0) {
							this.onNewLine(this.offset + nl);
							nl = this.source.indexOf("\n", nl) + 1;
						}
					}
					yield* this.pop();
					break;
				/* istanbul ignore next should not happen */
				default:
					yield* this.pop();
					yield* this.step();
			}
		}
		*blockMap(map) {
			const it = map.items[map.items.length - 1];
			switch (this.type) {
				case "newline":
					this.onKeyLine = false;
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else map.items.push({ start: [this.sourceToken] });
					} else if (it.sep) it.sep.push(this.sourceToken);
					else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) map.items.push({ start: [this.sourceToken] });
					else if (it.sep) it.sep.push(this.sourceToken);
					else {
						if (this.atIndentedComment(it.start, map.indent)) {
							const end = map.items[map.items.length - 2]?.value?.end;
							if (Array.isArray(end)) {
								arrayPushArray(end, it.start);
								end.push(this.sourceToken);
								map.items.pop();
								return;
							}
						}
						it.start.push(this.sourceToken);
					}
					return;
			}
			if (this.indent >= map.indent) {
				const atMapIndent = !this.onKeyLine && this.indent === map.indent;
				const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
				let start = [];
				if (atNextItem && it.sep && !it.value) {
					const nl = [];
					for (let i = 0; i < it.sep.length; ++i) {
						const st = it.sep[i];
						switch (st.type) {
							case "newline":
								nl.push(i);
								break;
							case "space": break;
							case "comment":
								if (st.indent > map.indent) nl.length = 0;
								break;
							default: nl.length = 0;
						}
					}
					if (nl.length >= 2) start = it.sep.splice(nl[1]);
				}
				switch (this.type) {
					case "anchor":
					case "tag":
						if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({ start });
							this.onKeyLine = true;
						} else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "explicit-key-ind":
						if (!it.sep && !it.explicitKey) {
							it.start.push(this.sourceToken);
							it.explicitKey = true;
						} else if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({
								start,
								explicitKey: true
							});
						} else this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [this.sourceToken],
								explicitKey: true
							}]
						});
						this.onKeyLine = true;
						return;
					case "map-value-ind":
						if (it.explicitKey) {
							if (!it.sep) {
								if (includesToken(it.start, "newline")) Object.assign(it, {
									key: null,
									sep: [this.sourceToken]
								});
								else {
									const start = getFirstKeyStartProps(it.start);
									this.stack.push({
										type: "block-map",
										offset: this.offset,
										indent: this.indent,
										items: [{
											start,
											key: null,
											sep: [this.sourceToken]
										}]
									});
								}
							} else if (it.value) map.items.push({
								start: [],
								key: null,
								sep: [this.sourceToken]
							});
							else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
								type: "block-map",
								offset: this.offset,
								indent: this.indent,
								items: [{
									start,
									key: null,
									sep: [this.sourceToken]
								}]
							});
							else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
								const start = getFirstKeyStartProps(it.start);
								const key = it.key;
								const sep = it.sep;
								sep.push(this.sourceToken);
								delete it.key;
								delete it.sep;
								this.stack.push({
									type: "block-map",
									offset: this.offset,
									indent: this.indent,
									items: [{
										start,
										key,
										sep
									}]
								});
							} else if (start.length > 0) it.sep = it.sep.concat(start, this.sourceToken);
							else it.sep.push(this.sourceToken);
						} else if (!it.sep) Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.value || atNextItem) map.items.push({
							start,
							key: null,
							sep: [this.sourceToken]
						});
						else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [],
								key: null,
								sep: [this.sourceToken]
							}]
						});
						else it.sep.push(this.sourceToken);
						this.onKeyLine = true;
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (atNextItem || it.value) {
							map.items.push({
								start,
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						} else if (it.sep) this.stack.push(fs);
						else {
							Object.assign(it, {
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						}
						return;
					}
					default: {
						const bv = this.startBlockValue(map);
						if (bv) {
							if (bv.type === "block-seq") {
								if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
									yield* this.pop({
										type: "error",
										offset: this.offset,
										message: "Unexpected block-seq-ind on same line with key",
										source: this.source
									});
									return;
								}
							} else if (atMapIndent) map.items.push({ start });
							this.stack.push(bv);
							return;
						}
					}
				}
			}
			yield* this.pop();
			yield* this.step();
		}
		*blockSequence(seq) {
			const it = seq.items[seq.items.length - 1];
			switch (this.type) {
				case "newline":
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else seq.items.push({ start: [this.sourceToken] });
					} else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) seq.items.push({ start: [this.sourceToken] });
					else {
						if (this.atIndentedComment(it.start, seq.indent)) {
							const end = seq.items[seq.items.length - 2]?.value?.end;
							if (Array.isArray(end)) {
								arrayPushArray(end, it.start);
								end.push(this.sourceToken);
								seq.items.pop();
								return;
							}
						}
						it.start.push(this.sourceToken);
					}
					return;
				case "anchor":
				case "tag":
					if (it.value || this.indent <= seq.indent) break;
					it.start.push(this.sourceToken);
					return;
				case "seq-item-ind":
					if (this.indent !== seq.indent) break;
					if (it.value || includesToken(it.start, "seq-item-ind")) seq.items.push({ start: [this.sourceToken] });
					else it.start.push(this.sourceToken);
					return;
			}
			if (this.indent > seq.indent) {
				const bv = this.startBlockValue(seq);
				if (bv) {
					this.stack.push(bv);
					return;
				}
			}
			yield* this.pop();
			yield* this.step();
		}
		*flowCollection(fc) {
			const it = fc.items[fc.items.length - 1];
			if (this.type === "flow-error-end") {
				let top;
				do {
					yield* this.pop();
					top = this.peek(1);
				} while (top?.type === "flow-collection");
			} else if (fc.end.length === 0) {
				switch (this.type) {
					case "comma":
					case "explicit-key-ind":
						if (!it || it.sep) fc.items.push({ start: [this.sourceToken] });
						else it.start.push(this.sourceToken);
						return;
					case "map-value-ind":
						if (!it || it.value) fc.items.push({
							start: [],
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.sep) it.sep.push(this.sourceToken);
						else Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						return;
					case "space":
					case "comment":
					case "newline":
					case "anchor":
					case "tag":
						if (!it || it.value) fc.items.push({ start: [this.sourceToken] });
						else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (!it || it.value) fc.items.push({
							start: [],
							key: fs,
							sep: []
						});
						else if (it.sep) this.stack.push(fs);
						else Object.assign(it, {
							key: fs,
							sep: []
						});
						return;
					}
					case "flow-map-end":
					case "flow-seq-end":
						fc.end.push(this.sourceToken);
						return;
				}
				const bv = this.startBlockValue(fc);
				/* istanbul ignore else should not happen */
				if (bv) this.stack.push(bv);
				else {
					yield* this.pop();
					yield* this.step();
				}
			} else {
				const parent = this.peek(2);
				if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
					yield* this.pop();
					yield* this.step();
				} else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
					const start = getFirstKeyStartProps(getPrevProps(parent));
					fixFlowSeqItems(fc);
					const sep = fc.end.splice(1, fc.end.length);
					sep.push(this.sourceToken);
					const map = {
						type: "block-map",
						offset: fc.offset,
						indent: fc.indent,
						items: [{
							start,
							key: fc,
							sep
						}]
					};
					this.onKeyLine = true;
					this.stack[this.stack.length - 1] = map;
				} else yield* this.lineEnd(fc);
			}
		}
		flowScalar(type) {
			if (this.onNewLine) {
				let nl = this.source.indexOf("\n") + 1;
				while (nl !== 0) {
					this.onNewLine(this.offset + nl);
					nl = this.source.indexOf("\n", nl) + 1;
				}
			}
			return {
				type,
				offset: this.offset,
				indent: this.indent,
				source: this.source
			};
		}
		startBlockValue(parent) {
			switch (this.type) {
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return this.flowScalar(this.type);
				case "block-scalar-header": return {
					type: "block-scalar",
					offset: this.offset,
					indent: this.indent,
					props: [this.sourceToken],
					source: ""
				};
				case "flow-map-start":
				case "flow-seq-start": return {
					type: "flow-collection",
					offset: this.offset,
					indent: this.indent,
					start: this.sourceToken,
					items: [],
					end: []
				};
				case "seq-item-ind": return {
					type: "block-seq",
					offset: this.offset,
					indent: this.indent,
					items: [{ start: [this.sourceToken] }]
				};
				case "explicit-key-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					start.push(this.sourceToken);
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							explicitKey: true
						}]
					};
				}
				case "map-value-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							key: null,
							sep: [this.sourceToken]
						}]
					};
				}
			}
			return null;
		}
		atIndentedComment(start, indent) {
			if (this.type !== "comment") return false;
			if (this.indent <= indent) return false;
			return start.every((st) => st.type === "newline" || st.type === "space");
		}
		*documentEnd(docEnd) {
			if (this.type !== "doc-mode") {
				if (docEnd.end) docEnd.end.push(this.sourceToken);
				else docEnd.end = [this.sourceToken];
				if (this.type === "newline") yield* this.pop();
			}
		}
		*lineEnd(token) {
			switch (this.type) {
				case "comma":
				case "doc-start":
				case "doc-end":
				case "flow-seq-end":
				case "flow-map-end":
				case "map-value-ind":
					yield* this.pop();
					yield* this.step();
					break;
				case "newline": this.onKeyLine = false;
				default:
					if (token.end) token.end.push(this.sourceToken);
					else token.end = [this.sourceToken];
					if (this.type === "newline") yield* this.pop();
			}
		}
	};
	// node_modules/yaml/browser/dist/public-api.js
	function parseOptions(options) {
		const prettyErrors = options.prettyErrors !== false;
		return {
			lineCounter: options.lineCounter || prettyErrors && new LineCounter() || null,
			prettyErrors
		};
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
		const { lineCounter, prettyErrors } = parseOptions(options);
		const parser = new Parser(lineCounter?.addNewLine);
		const composer = new Composer(options);
		let doc = null;
		for (const _doc of composer.compose(parser.parse(source), true, source.length)) if (!doc) doc = _doc;
		else if (doc.options.logLevel !== "silent") {
			doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
			break;
		}
		if (prettyErrors && lineCounter) {
			doc.errors.forEach(prettifyError(source, lineCounter));
			doc.warnings.forEach(prettifyError(source, lineCounter));
		}
		return doc;
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
	function isPartialDate(text) {
		return parsePartialDate(text) !== null;
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
	// src/model/documents.ts
	/** Wraps in-memory lists (e.g. an imported JSON document) as located items without lines. */
	function listItems(file, section, list) {
		if (list === void 0) return {
			items: [],
			problems: []
		};
		if (!Array.isArray(list)) return {
			items: [],
			problems: [{
				file,
				line: 0,
				path: section,
				message: `expected "${section}" to be a list`,
				severity: "error"
			}]
		};
		return {
			items: list.map((value, index) => ({
				section,
				file,
				index,
				value,
				lineOf: () => 0,
				pathOf: (path = []) => formatPath(section, index, path)
			})),
			problems: []
		};
	}
	function formatPath(section, index, path) {
		let out = `${section}[${index}]`;
		for (const key of path) out += typeof key === "number" ? `[${key}]` : `.${key}`;
		return out;
	}
	// node_modules/zod/v4/core/util.js
	function getEnumValues(entries) {
		const numericValues = Object.values(entries).filter((v) => typeof v === "number");
		return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
	}
	function joinValues(array, separator = "|") {
		return array.map((val) => stringifyPrimitive(val)).join(separator);
	}
	function jsonStringifyReplacer(_, value) {
		if (typeof value === "bigint") return value.toString();
		return value;
	}
	var Cached = class {
		constructor(getter) {
			this._getter = getter;
			this._value = void 0;
		}
		get value() {
			const getter = this._getter;
			if (getter !== void 0) {
				this._value = getter();
				this._getter = void 0;
			}
			return this._value;
		}
	};
	function cached(getter) {
		return new Cached(getter);
	}
	function nullish(input) {
		return input === null || input === void 0;
	}
	function cleanRegex(source) {
		const start = source.startsWith("^") ? 1 : 0;
		const end = source.endsWith("$") ? source.length - 1 : source.length;
		return source.slice(start, end);
	}
	function assignProp(target, prop, value) {
		Object.defineProperty(target, prop, {
			value,
			writable: true,
			enumerable: true,
			configurable: true
		});
	}
	/**
	* Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
	*
	* Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
	*/
	function rawShape(def) {
		const desc = Object.getOwnPropertyDescriptor(def, "shape");
		return desc?.get ? desc.get.raw : desc?.value;
	}
	function sourceShape(schema) {
		return rawShape(schema._zod.def) ?? schema._zod.def.shape;
	}
	function deferProp(target, key, getter) {
		Object.defineProperty(target, key, {
			get() {
				const value = getter();
				assignProp(this, key, value);
				return value;
			},
			enumerable: true,
			configurable: true
		});
	}
	function putProp(target, key, value) {
		if (key in target) assignProp(target, key, value);
		else target[key] = value;
	}
	/**
	* Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
	*
	* A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
	*/
	function mirrorShape(target, source, keys, wrap) {
		const raw = sourceShape(source);
		for (const key of keys) {
			const desc = Object.getOwnPropertyDescriptor(raw, key);
			if (!desc.enumerable) continue;
			if (desc.get) deferProp(target, key, () => {
				const value = source._zod.def.shape[key];
				return wrap ? wrap(value, key) : value;
			});
			else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
		}
	}
	function mirrorProps(target, source) {
		for (const key of Reflect.ownKeys(source)) {
			const desc = Object.getOwnPropertyDescriptor(source, key);
			if (!desc.enumerable) continue;
			if (desc.get) deferProp(target, key, () => source[key]);
			else putProp(target, key, desc.value);
		}
	}
	function mergeDefs(...defs) {
		const mergedDescriptors = {};
		for (const def of defs) {
			const descriptors = Object.getOwnPropertyDescriptors(def);
			Object.assign(mergedDescriptors, descriptors);
		}
		return Object.defineProperties({}, mergedDescriptors);
	}
	function esc(str) {
		return JSON.stringify(str);
	}
	function slugify(input) {
		return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
	}
	const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
	function isObject$2(data) {
		return typeof data === "object" && data !== null && !Array.isArray(data);
	}
	const allowsEval = /* @__PURE__*/ cached(() => {
		if (globalConfig.jitless) return false;
		if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
		try {
			new Function("");
			return true;
		} catch (_) {
			return false;
		}
	});
	function isPlainObject(o) {
		if (isObject$2(o) === false) return false;
		const ctor = o.constructor;
		if (ctor === void 0) return true;
		if (typeof ctor !== "function") return true;
		const prot = ctor.prototype;
		if (isObject$2(prot) === false) return false;
		if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
		return true;
	}
	function shallowClone(o) {
		if (isPlainObject(o)) return { ...o };
		if (Array.isArray(o)) return [...o];
		if (o instanceof Map) return new Map(o);
		if (o instanceof Set) return new Set(o);
		return o;
	}
	const propertyKeyTypes = /* @__PURE__*/ new Set([
		"string",
		"number",
		"symbol"
	]);
	function escapeRegex(str) {
		return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	}
	function clone(inst, def, params) {
		const cl = new inst._zod.constr(def ?? inst._zod.def);
		if (!def || params?.parent) cl._zod.parent = inst;
		return cl;
	}
	function normalizeParams(_params) {
		const params = _params;
		if (!params) return {};
		if (typeof params === "string") return { error: () => params };
		if (params?.message !== void 0) {
			if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
			params.error = params.message;
		}
		delete params.message;
		if (typeof params.error === "string") return {
			...params,
			error: () => params.error
		};
		return params;
	}
	function stringifyPrimitive(value) {
		if (typeof value === "bigint") return value.toString() + "n";
		if (typeof value === "string") return `"${value}"`;
		return `${value}`;
	}
	function optionalKeys(shape) {
		return Object.keys(shape).filter((k) => {
			return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
		});
	}
	const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
		safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
		int32: [-2147483648, 2147483647],
		uint32: [0, 4294967295],
		float32: [-34028234663852886e22, 34028234663852886e22],
		float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
	}))();
	const BIGINT_FORMAT_RANGES = {
		int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
		uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
	};
	function pick(schema, mask) {
		const currDef = schema._zod.def;
		const checks = currDef.checks;
		if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
		const newShape = {};
		mirrorShape(newShape, schema, maskedKeys(schema, mask));
		return clone(schema, mergeDefs(currDef, {
			shape: newShape,
			checks: []
		}));
	}
	function maskedKeys(schema, mask) {
		const raw = sourceShape(schema);
		const keys = [];
		for (const key of Reflect.ownKeys(mask)) {
			if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
			if (mask[key]) keys.push(key);
		}
		return keys;
	}
	function omit(schema, mask) {
		const currDef = schema._zod.def;
		const checks = currDef.checks;
		if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
		const omitted = new Set(maskedKeys(schema, mask));
		const newShape = {};
		mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
		return clone(schema, mergeDefs(currDef, {
			shape: newShape,
			checks: []
		}));
	}
	function extend(schema, shape) {
		if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
		const checks = schema._zod.def.checks;
		if (checks && checks.length > 0) {
			const existingShape = sourceShape(schema);
			for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
		}
		return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
	}
	function extended(schema, shape) {
		const newShape = {};
		mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
		mirrorProps(newShape, shape);
		return newShape;
	}
	function safeExtend(schema, shape) {
		if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
		return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
	}
	function merge(a, b) {
		if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
		if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
		const newShape = {};
		mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
		mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
		return clone(a, mergeDefs(a._zod.def, {
			shape: newShape,
			get catchall() {
				return b._zod.def.catchall;
			},
			checks: b._zod.def.checks ?? []
		}));
	}
	function partial(Class, schema, mask, name = "partial") {
		const checks = schema._zod.def.checks;
		if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
		const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
		const newShape = {};
		mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
			type: "optional",
			innerType: value
		})));
		return clone(schema, mergeDefs(schema._zod.def, {
			shape: newShape,
			checks: []
		}));
	}
	function required(Class, schema, mask) {
		const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
		const newShape = {};
		mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => selected && !selected.has(key) ? value : new Class({
			type: "nonoptional",
			innerType: value
		}));
		return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
	}
	function aborted(x, startIndex = 0) {
		if (x.aborted === true) return true;
		for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
		return false;
	}
	function explicitlyAborted(x, startIndex = 0) {
		if (x.aborted === true) return true;
		for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
		return false;
	}
	function prefixIssues(path, issues) {
		return issues.map((iss) => {
			var _a;
			(_a = iss).path ?? (_a.path = []);
			iss.path.unshift(path);
			return iss;
		});
	}
	function unwrapMessage(message) {
		return typeof message === "string" ? message : message?.message;
	}
	/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
	function sizeCaps(defChecks) {
		const caps = [];
		for (const ch of defChecks ?? []) {
			const d = ch._zod.def;
			if (!/_(length|size)$|_equals$/.test(d.check)) break;
			const max = d.maximum ?? d.length ?? d.size;
			if (max >= 0) caps.push([max, ch]);
		}
		return caps;
	}
	function attachSchema(issues, start, inst) {
		var _a;
		for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
	}
	function finalizeIssue(iss, ctx, config) {
		var _a;
		const traits = iss.inst?._zod?.traits;
		if (traits?.has("$ZodType")) {
			if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
			else iss.schema = iss.inst;
		}
		const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
		const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
		const full = {};
		for (const k of Object.keys(iss)) {
			if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
			full[k] = iss[k];
		}
		full.path ?? (full.path = []);
		full.message = message;
		if (ctx?.reportInput) full.input = iss.input;
		return full;
	}
	const highSurrogate = /[\uD800-\uDBFF]/;
	function codePointLength(str) {
		const units = str.length;
		if (!highSurrogate.test(str)) return units;
		let count = units;
		for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
			count--;
			i++;
		}
		return count;
	}
	function getLengthableOrigin(input) {
		if (Array.isArray(input)) return "array";
		if (typeof input === "string") return "string";
		return "unknown";
	}
	function parsedType(data) {
		const t = typeof data;
		switch (t) {
			case "number": return Number.isNaN(data) ? "nan" : "number";
			case "object": {
				if (data === null) return "null";
				if (Array.isArray(data)) return "array";
				const obj = data;
				if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
			}
		}
		return t;
	}
	function issue(...args) {
		const [iss, input, inst] = args;
		if (typeof iss === "string") return {
			message: iss,
			code: "custom",
			input,
			inst
		};
		return { ...iss };
	}
	/**
	* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
	*
	* Call this from a `proto` initializer, which runs once per prototype — never per instance.
	*/
	function members(proto, table) {
		for (const key in table) {
			const desc = Object.getOwnPropertyDescriptor(table, key);
			if (desc.get) Object.defineProperty(proto, key, {
				...desc,
				enumerable: false
			});
			else defineBound(proto, key, desc.value);
		}
	}
	/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
	function own(inst, key, value, enumerable = true) {
		Object.defineProperty(inst, key, {
			configurable: true,
			writable: true,
			enumerable,
			value
		});
		return value;
	}
	/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
	function hide(inst, key, value) {
		return own(inst, key, value, false);
	}
	/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
	/* @__NO_SIDE_EFFECTS__ */
	function derived(computes, table) {
		for (const key in computes) {
			const compute = computes[key];
			Object.defineProperty(table, key, {
				configurable: true,
				enumerable: true,
				get() {
					return own(this, key, compute(this));
				},
				set(value) {
					own(this, key, value);
				}
			});
		}
		return table;
	}
	function defineBound(proto, key, fn) {
		Object.defineProperty(proto, key, {
			configurable: true,
			get() {
				return this == null ? fn : own(this, key, fn.bind(this));
			},
			set(value) {
				own(this, key, value);
			}
		});
	}
	/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
	function claim(inst, sentinel) {
		const proto = Object.getPrototypeOf(inst);
		return sentinel in proto ? void 0 : proto;
	}
	let installing;
	let broke = false;
	const breaker = {
		configurable: true,
		get() {
			broke = true;
		}
	};
	/**
	* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
	* constructor, computed from the internals object itself and cached there on
	* first read. One accessor per constructor rather than one per instance.
	*/
	function defineLazyInternal(inst, key, compute) {
		const proto = Object.getPrototypeOf(inst._zod);
		if (key in proto && installing !== inst._zod) {
			installing = void 0;
			return;
		}
		installing = inst._zod;
		Object.defineProperty(proto, key, {
			configurable: true,
			get() {
				Object.defineProperty(this, key, breaker);
				const outer = broke;
				broke = false;
				try {
					const value = compute(this);
					if (broke) delete this[key];
					else Object.defineProperty(this, key, {
						configurable: true,
						writable: true,
						value
					});
					broke = broke || outer;
					return value;
				} catch (err) {
					delete this[key];
					broke = broke || outer;
					throw err;
				}
			},
			set(value) {
				Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
			}
		});
	}
	/**
	* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
	* data property. One accessor per constructor rather than one per instance, because an own accessor
	* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
	*/
	function installLazyProp(inst, key, make, enumerable) {
		const proto = claim(inst, key);
		if (!proto) return;
		Object.defineProperty(proto, key, {
			configurable: true,
			get() {
				const desc = {
					configurable: true,
					writable: true,
					enumerable,
					value: void 0
				};
				Object.defineProperty(this, key, desc);
				desc.value = make(this);
				Object.defineProperty(this, key, desc);
				return desc.value;
			},
			set(value) {
				Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					enumerable,
					value
				});
			}
		});
	}
	/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
	const CONSTANT_CATCH = "~constantCatch";
	/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
	function constantCatch(value) {
		const fn = () => value;
		fn[CONSTANT_CATCH] = true;
		return fn;
	}
	// node_modules/zod/v4/core/core.js
	var _a$1;
	const _zodDesc = {
		value: void 0,
		enumerable: false
	};
	let _E = "captureStackTrace" in Error ? Error : null;
	function newError(Definition) {
		const E = _E;
		if (E) {
			const saved = E.stackTraceLimit;
			if (typeof saved === "number") {
				try {
					E.stackTraceLimit = 0;
				} catch {
					_E = null;
					return new Definition();
				}
				try {
					return new Definition();
				} finally {
					E.stackTraceLimit = saved;
				}
			}
		}
		return new Definition();
	}
	/* @__NO_SIDE_EFFECTS__ */
	function $constructor(name, initializer, proto, params) {
		const zodProto = {};
		function Internals(def) {
			this.def = def;
			this.constr = _;
			this.traits = /* @__PURE__ */ new Set();
		}
		Internals.prototype = zodProto;
		const protoMembers = proto;
		const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
		function init(inst, def) {
			if (!inst._zod) {
				_zodDesc.value = new Internals(def);
				try {
					Object.defineProperty(inst, "_zod", _zodDesc);
				} finally {
					_zodDesc.value = void 0;
				}
			} else if (inst._zod.traits.has(name)) return;
			inst._zod.traits.add(name);
			initializer(inst, def);
			if (initialized) {
				const own = Object.getPrototypeOf(inst);
				const ctorProto = inst._zod.constr.prototype;
				let up = own;
				while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
				const target = up ?? own;
				if (!initialized.has(target)) {
					initialized.add(target);
					members(target, protoMembers);
				}
			}
			const proto = _.prototype;
			for (const k in proto) {
				if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
				if (!(k in inst)) inst[k] = proto[k].bind(inst);
			}
		}
		const Parent = params?.Parent ?? Object;
		class Definition extends Parent {}
		Object.defineProperty(Definition, "name", { value: name });
		function _(def) {
			const inst = params?.Parent ? newError(Definition) : this;
			init(inst, def);
			const deferred = inst._zod.deferred;
			if (deferred) {
				for (const fn of deferred) fn();
				inst._zod.deferred = void 0;
			}
			const pp = globalThis.__zod_globalConfig?.postProcessor;
			if (pp) pp(inst);
			return inst;
		}
		Object.defineProperty(_, "init", { value: init });
		Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
			if (params?.Parent && inst instanceof params.Parent) return true;
			return inst?._zod?.traits?.has(name);
		} });
		Object.defineProperty(_, "name", { value: name });
		return _;
	}
	var $ZodAsyncError = class extends Error {
		constructor() {
			super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
		}
	};
	var $ZodEncodeError = class extends Error {
		constructor(name) {
			super(`Encountered unidirectional transform during encode: ${name}`);
			this.name = "ZodEncodeError";
		}
	};
	(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
	const globalConfig = globalThis.__zod_globalConfig;
	function config(newConfig) {
		if (newConfig) Object.assign(globalConfig, newConfig);
		return globalConfig;
	}
	// node_modules/zod/v4/core/errors.js
	function _getMessage() {
		const internals = this._zod;
		internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
		return internals.message;
	}
	function _setMessage(value) {
		this._zod.message = value;
	}
	const _messageDesc = {
		get: _getMessage,
		set: _setMessage,
		enumerable: true,
		configurable: true
	};
	const _issuesDesc = {
		value: void 0,
		enumerable: false
	};
	const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
	const initializer$1 = (inst, def) => {
		inst.name = "$ZodError";
		_issuesDesc.value = def;
		Object.defineProperty(inst, "issues", _issuesDesc);
		_issuesDesc.value = void 0;
		Object.defineProperty(inst, "message", _messageDesc);
		const proto = Object.getPrototypeOf(inst);
		if (!_installedToString.has(proto)) {
			_installedToString.add(proto);
			Object.defineProperty(proto, "toString", {
				configurable: true,
				enumerable: false,
				get() {
					const value = () => this.message;
					Object.defineProperty(this, "toString", {
						value,
						configurable: true,
						writable: true
					});
					return value;
				},
				set(value) {
					Object.defineProperty(this, "toString", {
						value,
						configurable: true,
						writable: true
					});
				}
			});
		}
	};
	const $ZodError = /* @__PURE__ */ $constructor("$ZodError", initializer$1);
	/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
	* ("toString", "constructor") would otherwise read through to the prototype, and assigning
	* "__proto__" would hit the setter instead of creating a key. */
	function node(obj, key, make) {
		if (!Object.prototype.hasOwnProperty.call(obj, key)) {
			if (key === "__proto__") Object.defineProperty(obj, key, {
				value: make(),
				writable: true,
				enumerable: true,
				configurable: true
			});
			else obj[key] = make();
		}
		return obj[key];
	}
	function flattenError(error, mapper = (issue) => issue.message) {
		const fieldErrors = {};
		const formErrors = [];
		for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
		else formErrors.push(mapper(sub));
		return {
			formErrors,
			fieldErrors
		};
	}
	function formatError(error, mapper = (issue) => issue.message) {
		const fieldErrors = { _errors: [] };
		const processError = (error, path = []) => {
			for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
			else if (issue.code === "invalid_key") processError({ issues: issue.issues }, [...path, ...issue.path]);
			else if (issue.code === "invalid_element") processError({ issues: issue.issues }, [...path, ...issue.path]);
			else {
				const fullpath = [...path, ...issue.path];
				if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue));
				else {
					let curr = fieldErrors;
					let i = 0;
					while (i < fullpath.length) {
						const el = fullpath[i];
						const terminal = i === fullpath.length - 1;
						if (el === "_errors") {
							if (terminal) curr._errors.push(mapper(issue));
							i++;
							continue;
						}
						if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
							value: { _errors: [] },
							enumerable: true,
							writable: true,
							configurable: true
						});
						const node = curr[el];
						if (terminal) node._errors.push(mapper(issue));
						curr = node;
						i++;
					}
				}
			}
		};
		processError(error);
		return fieldErrors;
	}
	// node_modules/zod/v4/core/parse.js
	function finalizeParams(callee, params) {
		return {
			callee: params?.callee ?? callee,
			Err: params?.Err
		};
	}
	const _parse = (_Err) => {
		const fn = (schema, value, _ctx, _params) => {
			const ctx = _ctx ? {
				..._ctx,
				async: false
			} : { async: false };
			const result = schema._zod.run({
				value,
				issues: []
			}, ctx);
			if (result instanceof Promise) throw new $ZodAsyncError();
			if (result.issues.length) {
				const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
				captureStackTrace(e, _params?.callee ?? fn);
				throw e;
			}
			return result.value;
		};
		return fn;
	};
	const _parseAsync = (_Err) => {
		const fn = async (schema, value, _ctx, params) => {
			const ctx = _ctx ? {
				..._ctx,
				async: true
			} : { async: true };
			let result = schema._zod.run({
				value,
				issues: []
			}, ctx);
			if (result instanceof Promise) result = await result;
			if (result.issues.length) {
				const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
				captureStackTrace(e, params?.callee ?? fn);
				throw e;
			}
			return result.value;
		};
		return fn;
	};
	const _safeParse = (_Err) => (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		return result.issues.length ? failure(_Err, result.issues, ctx) : {
			success: true,
			data: result.value
		};
	};
	function failure(Err, issues, ctx) {
		let error;
		return {
			success: false,
			get error() {
				if (!error) {
					error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
					issues = void 0;
					ctx = void 0;
				}
				return error;
			},
			set error(e) {
				error = e;
				issues = void 0;
				ctx = void 0;
			}
		};
	}
	const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		return result.issues.length ? failure(_Err, result.issues, ctx) : {
			success: true,
			data: result.value
		};
	};
	const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
	const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
	const validate = ((schema, value, _ctx) => {
		const validator = schema._zod.bag.validator;
		if (validator !== void 0) {
			if (validator(value) !== COMPILE_INVALID) return true;
			if (validator.definite === true && _ctx === void 0) return false;
		}
		return validateFallback(schema, value, _ctx);
	});
	function validateFallback(schema, value, _ctx) {
		const ctx = _ctx ? {
			..._ctx,
			async: false,
			abortEarly: true
		} : {
			async: false,
			abortEarly: true
		};
		const fallbackRun = schema._zod.bag.fallbackRun;
		let result;
		if (fallbackRun) {
			ctx[COMPILE_FALLBACK] = true;
			result = fallbackRun({
				value,
				issues: []
			}, ctx);
		} else result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		return result.issues.length === 0;
	}
	const validateAsync$1 = async (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true,
			abortEarly: true
		} : {
			async: true,
			abortEarly: true
		};
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		return result.issues.length === 0;
	};
	const _encode = (_Err) => {
		const parse = _parse(_Err);
		const fn = (schema, value, _ctx, _params) => {
			const ctx = _ctx ? {
				..._ctx,
				direction: "backward"
			} : { direction: "backward" };
			return parse(schema, value, ctx, finalizeParams(fn, _params));
		};
		return fn;
	};
	const _decode = (_Err) => {
		const parse = _parse(_Err);
		const fn = (schema, value, _ctx, _params) => {
			return parse(schema, value, _ctx, finalizeParams(fn, _params));
		};
		return fn;
	};
	const _encodeAsync = (_Err) => {
		const parseAsync = _parseAsync(_Err);
		const fn = async (schema, value, _ctx, _params) => {
			const ctx = _ctx ? {
				..._ctx,
				direction: "backward"
			} : { direction: "backward" };
			return await parseAsync(schema, value, ctx, finalizeParams(fn, _params));
		};
		return fn;
	};
	const _decodeAsync = (_Err) => {
		const parseAsync = _parseAsync(_Err);
		const fn = async (schema, value, _ctx, _params) => {
			return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
		};
		return fn;
	};
	const _safeEncode = (_Err) => (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return _safeParse(_Err)(schema, value, ctx);
	};
	const _safeDecode = (_Err) => (schema, value, _ctx) => {
		return _safeParse(_Err)(schema, value, _ctx);
	};
	const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return _safeParseAsync(_Err)(schema, value, ctx);
	};
	const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
		return _safeParseAsync(_Err)(schema, value, _ctx);
	};
	// node_modules/zod/v4/core/regexes.js
	/**
	* @deprecated CUID v1 is deprecated by its authors due to information leakage
	* (timestamps embedded in the id). Use {@link cuid2} instead.
	* See https://github.com/paralleldrive/cuid.
	*/
	const cuid = /^[cC][0-9a-z]{6,}$/;
	const cuid2 = /^[0-9a-z]+$/;
	const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
	const xid = /^[0-9a-vA-V]{20}$/;
	const ksuid = /^[A-Za-z0-9]{27}$/;
	const nanoid = /^[a-zA-Z0-9_-]{21}$/;
	function nanoidOfLength(length) {
		return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
	}
	/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
	const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
	/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
	const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
	/** Returns a regex for validating an RFC 9562/4122 UUID.
	*
	* @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
	const uuid = (version) => {
		if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
		return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
	};
	/** Practical email validation */
	const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
	const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
	function emoji() {
		return new RegExp(_emoji$1, "u");
	}
	const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
	const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
	const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
	const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
	const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
	const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
	const httpProtocol = /^https?$/;
	const e164 = /^\+[1-9]\d{6,14}$/;
	const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
	/** Anchors a pattern source. The interpolation lives here rather than at the call site because
	* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
	* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
	function anchor(source) {
		return new RegExp(`^${source}$`);
	}
	const date = /*@__PURE__*/ anchor(dateSource);
	function timeSource(args) {
		const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
		return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
	}
	function time(args) {
		return new RegExp(`^${timeSource(args)}$`);
	}
	function datetime(args) {
		const opts = ["Z"];
		if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
		const qualified = `${timeSource({
			precision: args.precision,
			seconds: true
		})}(?:${opts.join("|")})`;
		const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
		return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
	}
	const anyString = /^[\s\S]{0,}$/;
	const boolean$1 = /^(?:true|false)$/i;
	const lowercase = /^[^A-Z]*$/;
	const uppercase = /^[^a-z]*$/;
	// node_modules/zod/v4/core/checks.js
	const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
		var _a;
		inst._zod ?? (inst._zod = {});
		inst._zod.def = def;
		(_a = inst._zod).onattach ?? (_a.onattach = []);
	});
	/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
	const _whenHasLength = (payload) => {
		const val = payload.value;
		return !nullish(val) && val.length !== void 0;
	};
	const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
			const origin = getLengthableOrigin(input);
			payload.issues.push({
				origin,
				code: "too_big",
				maximum: def.maximum,
				inclusive: true,
				input,
				inst,
				continue: !def.abort
			});
		};
	});
	const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
			const origin = getLengthableOrigin(input);
			payload.issues.push({
				origin,
				code: "too_small",
				minimum: def.minimum,
				inclusive: true,
				input,
				inst,
				continue: !def.abort
			});
		};
	});
	const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
			if (length === def.length) return;
			const origin = getLengthableOrigin(input);
			const tooBig = length > def.length;
			payload.issues.push({
				origin,
				...tooBig ? {
					code: "too_big",
					maximum: def.length
				} : {
					code: "too_small",
					minimum: def.length
				},
				inclusive: true,
				exact: true,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
		var _a, _b;
		$ZodCheck.init(inst, def);
		if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
			def.pattern.lastIndex = 0;
			if (def.pattern.test(payload.value)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: def.format,
				input: payload.value,
				...def.pattern ? { pattern: def.pattern.toString() } : {},
				inst,
				continue: !def.abort
			});
		});
		else (_b = inst._zod).check ?? (_b.check = () => {});
	});
	const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
		$ZodCheckStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			def.pattern.lastIndex = 0;
			if (def.pattern.test(payload.value)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "regex",
				input: payload.value,
				pattern: def.pattern.toString(),
				inst,
				continue: !def.abort
			});
		};
	});
	const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
		def.pattern ?? (def.pattern = lowercase);
		$ZodCheckStringFormat.init(inst, def);
	});
	const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
		def.pattern ?? (def.pattern = uppercase);
		$ZodCheckStringFormat.init(inst, def);
	});
	const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
		$ZodCheck.init(inst, def);
		const escapedRegex = escapeRegex(def.includes);
		def.pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
		inst._zod.check = (payload) => {
			if (payload.value.includes(def.includes, def.position)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "includes",
				includes: def.includes,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
		$ZodCheck.init(inst, def);
		const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
		def.pattern ?? (def.pattern = pattern);
		inst._zod.check = (payload) => {
			if (payload.value.startsWith(def.prefix)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "starts_with",
				prefix: def.prefix,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
		$ZodCheck.init(inst, def);
		const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
		def.pattern ?? (def.pattern = pattern);
		inst._zod.check = (payload) => {
			if (payload.value.endsWith(def.suffix)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "ends_with",
				suffix: def.suffix,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
		$ZodCheck.init(inst, def);
		inst._zod.check = (payload) => {
			payload.value = def.tx(payload.value);
		};
	});
	// node_modules/zod/v4/core/doc.js
	var Doc = class {
		constructor(args = [], closed = {}) {
			this.content = [];
			this.indent = 0;
			this.args = args;
			this.closed = closed;
		}
		indented(fn) {
			this.indent += 1;
			try {
				fn(this);
			} finally {
				this.indent -= 1;
			}
		}
		write(arg) {
			if (typeof arg === "function") {
				arg(this, { execution: "sync" });
				arg(this, { execution: "async" });
				return;
			}
			const lines = arg.split("\n").filter((x) => x);
			const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
			const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
			for (const line of dedented) this.content.push(line);
		}
		compile() {
			const F = Function;
			const content = this?.content ?? [``];
			return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`)(...Object.values(this.closed));
		}
	};
	// node_modules/zod/v4/core/versions.js
	const version = {
		major: 4,
		minor: 6,
		patch: 7
	};
	// node_modules/zod/v4/core/schemas.js
	const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
		var _a;
		inst ?? (inst = {});
		inst._zod.def = def;
		inst._zod.bag = inst._zod.bag || {};
		inst._zod.version = version;
		const defChecks = inst._zod.def.checks;
		const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
		for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
		if (checks.length === 0) {
			(_a = inst._zod).deferred ?? (_a.deferred = []);
			inst._zod.deferred?.push(() => {
				inst._zod.run = inst._zod.parse;
			});
		} else {
			const runChecks = (payload, checks, ctx) => {
				if (payload.memo) return payload;
				let isAborted = aborted(payload);
				let asyncResult;
				for (const ch of checks) {
					if (ch._zod.def.when) {
						if (explicitlyAborted(payload)) continue;
						if (!ch._zod.def.when(payload)) continue;
					} else if (isAborted) continue;
					const currLen = payload.issues.length;
					const _ = ch._zod.check(payload);
					if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
					if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
						await _;
						if (payload.issues.length === currLen) return;
						attachSchema(payload.issues, currLen, inst);
						if (!isAborted) isAborted = aborted(payload, currLen);
					});
					else {
						if (payload.issues.length === currLen) continue;
						attachSchema(payload.issues, currLen, inst);
						if (!isAborted) isAborted = aborted(payload, currLen);
					}
				}
				if (asyncResult) return asyncResult.then(() => {
					return payload;
				});
				return payload;
			};
			const handleCanaryResult = (canary, payload, ctx) => {
				if (aborted(canary)) {
					canary.aborted = true;
					return canary;
				}
				const checkResult = runChecks(payload, checks, ctx);
				if (checkResult instanceof Promise) {
					if (ctx.async === false) throw new $ZodAsyncError();
					return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
				}
				return inst._zod.parse(checkResult, ctx);
			};
			inst._zod.run = (payload, ctx) => {
				if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
				if (ctx.direction === "backward") {
					const canary = inst._zod.parse({
						value: payload.value,
						issues: []
					}, {
						...ctx,
						skipChecks: true
					});
					if (canary instanceof Promise) return canary.then((canary) => {
						return handleCanaryResult(canary, payload, ctx);
					});
					return handleCanaryResult(canary, payload, ctx);
				}
				const result = inst._zod.parse(payload, ctx);
				if (result instanceof Promise) {
					if (ctx.async === false) throw new $ZodAsyncError();
					return result.then((result) => runChecks(result, checks, ctx));
				}
				return runChecks(result, checks, ctx);
			};
		}
	}, {
		get "~standard"() {
			return hide(this, "~standard", standardProps(this));
		},
		set "~standard"(value) {
			own(this, "~standard", value);
		}
	});
	/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
	const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
	async function validateAsync(inst, value) {
		const ctx = { async: true };
		return toStandardResult(await inst._zod.run({
			value,
			issues: []
		}, ctx), ctx);
	}
	function standardProps(inst) {
		return {
			validate: (value) => {
				const ctx = { async: false };
				try {
					const r = inst._zod.run({
						value,
						issues: []
					}, ctx);
					if (!(r instanceof Promise)) return toStandardResult(r, ctx);
				} catch (_) {}
				return validateAsync(inst, value);
			},
			vendor: "zod",
			version: 1
		};
	}
	const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = def.pattern ?? anyString;
		inst._zod.parse = (payload, _) => {
			if (def.coerce) try {
				payload.value = String(payload.value);
			} catch (_) {}
			if (typeof payload.value === "string") return payload;
			payload.issues.push({
				expected: "string",
				code: "invalid_type",
				input: payload.value,
				inst
			});
			return payload;
		};
	});
	const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
		$ZodCheckStringFormat.init(inst, def);
		$ZodString.init(inst, def);
	});
	const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
		def.pattern ?? (def.pattern = guid);
		$ZodStringFormat.init(inst, def);
	});
	const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
		if (def.version) {
			const v = {
				v1: 1,
				v2: 2,
				v3: 3,
				v4: 4,
				v5: 5,
				v6: 6,
				v7: 7,
				v8: 8
			}[def.version];
			if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
			def.pattern ?? (def.pattern = uuid(v));
		} else def.pattern ?? (def.pattern = uuid());
		$ZodStringFormat.init(inst, def);
	});
	const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
		def.pattern ?? (def.pattern = email);
		$ZodStringFormat.init(inst, def);
	});
	function canParseURL(input) {
		try {
			if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
			new URL(input);
			return true;
		} catch {
			return false;
		}
	}
	function validateURL(trimmed, def) {
		if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || 2;
		return parseURLObject(trimmed, def);
	}
	/** Parses a URL while preserving the non-normalizing HTTP guard. */
	function parseURLObject(trimmed, def) {
		if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return 1;
		try {
			if (typeof URL !== "undefined") {
				const URLStatic = URL;
				if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? 2;
			}
			return new URL(trimmed);
		} catch {
			return 2;
		}
	}
	const asciiTabOrNewline = /[\t\n\r]/g;
	/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
	function stripTabAndNewline(value) {
		return value.replace(asciiTabOrNewline, "");
	}
	function urlHostnameOk(url, hostname) {
		hostname.lastIndex = 0;
		return hostname.test(url.hostname);
	}
	function urlProtocolOk(url, protocol) {
		protocol.lastIndex = 0;
		return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
	}
	const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			try {
				const trimmed = payload.value.trim();
				const url = validateURL(trimmed, def);
				if (url === 1) {
					payload.issues.push({
						code: "invalid_format",
						format: "url",
						note: "Invalid URL format",
						input: payload.value,
						inst,
						continue: !def.abort
					});
					return;
				}
				if (url === 2) {
					payload.issues.push({
						code: "invalid_format",
						format: "url",
						input: payload.value,
						inst,
						continue: !def.abort
					});
					return;
				}
				if (url === true) {
					payload.value = stripTabAndNewline(trimmed);
					return;
				}
				if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid hostname",
					pattern: def.hostname.source,
					input: payload.value,
					inst,
					continue: !def.abort
				});
				if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid protocol",
					pattern: def.protocol.source,
					input: payload.value,
					inst,
					continue: !def.abort
				});
				payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
				return;
			} catch (_) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					input: payload.value,
					inst,
					continue: !def.abort
				});
			}
		};
	});
	const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
		def.pattern ?? (def.pattern = emoji());
		$ZodStringFormat.init(inst, def);
	});
	const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
		if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
		def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
		$ZodStringFormat.init(inst, def);
	});
	/**
	* @deprecated CUID v1 is deprecated by its authors due to information leakage
	* (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
	* See https://github.com/paralleldrive/cuid.
	*/
	const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
		def.pattern ?? (def.pattern = cuid);
		$ZodStringFormat.init(inst, def);
	});
	const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
		def.pattern ?? (def.pattern = cuid2);
		$ZodStringFormat.init(inst, def);
	});
	const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
		def.pattern ?? (def.pattern = ulid);
		$ZodStringFormat.init(inst, def);
	});
	const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
		def.pattern ?? (def.pattern = xid);
		$ZodStringFormat.init(inst, def);
	});
	const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
		def.pattern ?? (def.pattern = ksuid);
		$ZodStringFormat.init(inst, def);
	});
	const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
		def.pattern ?? (def.pattern = datetime(def));
		$ZodStringFormat.init(inst, def);
	});
	const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
		def.pattern ?? (def.pattern = date);
		$ZodStringFormat.init(inst, def);
	});
	const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
		def.pattern ?? (def.pattern = time(def));
		$ZodStringFormat.init(inst, def);
	});
	const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
		def.pattern ?? (def.pattern = duration);
		$ZodStringFormat.init(inst, def);
	});
	const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
		def.pattern ?? (def.pattern = ipv4);
		$ZodStringFormat.init(inst, def);
	});
	/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
	const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
	function isValidIPv6(value) {
		if (!ipv6Alphabet.test(value)) return false;
		return canParseURL(`http://[${value}]`);
	}
	const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
		def.pattern ?? (def.pattern = ipv6);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (!isValidIPv6(payload.value)) payload.issues.push({
				code: "invalid_format",
				format: "ipv6",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
		def.pattern ?? (def.pattern = cidrv4);
		$ZodStringFormat.init(inst, def);
	});
	function isValidCIDRv6(value) {
		const parts = value.split("/");
		if (parts.length !== 2) return false;
		const [address, prefix] = parts;
		if (!prefix) return false;
		const prefixNum = Number(prefix);
		if (`${prefixNum}` !== prefix) return false;
		if (prefixNum < 0 || prefixNum > 128) return false;
		return isValidIPv6(address);
	}
	const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
		def.pattern ?? (def.pattern = cidrv6);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (!isValidCIDRv6(payload.value)) payload.issues.push({
				code: "invalid_format",
				format: "cidrv6",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	function isValidBase64(data) {
		if (data === "") return true;
		if (/\s/.test(data)) return false;
		if (data.length % 4 !== 0) return false;
		try {
			atob(data);
			return true;
		} catch {
			return false;
		}
	}
	const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
	const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
		def.pattern ?? (def.pattern = base64Charset);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (isValidBase64(payload.value)) return;
			payload.issues.push({
				code: "invalid_format",
				format: "base64",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	const base64urlCharset = /^[A-Za-z0-9_-]*$/;
	function isValidBase64URL(data) {
		if (!base64urlCharset.test(data)) return false;
		const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
		return isValidBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
	}
	const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
		def.pattern ?? (def.pattern = base64urlCharset);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (isValidBase64URL(payload.value)) return;
			payload.issues.push({
				code: "invalid_format",
				format: "base64url",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
		def.pattern ?? (def.pattern = e164);
		$ZodStringFormat.init(inst, def);
	});
	function isValidJWT(token, algorithm = null) {
		try {
			const tokensParts = token.split(".");
			if (tokensParts.length !== 3) return false;
			const [header] = tokensParts;
			if (!header) return false;
			const parsedHeader = JSON.parse(atob(header));
			if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
			if (!parsedHeader.alg) return false;
			if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
			return true;
		} catch {
			return false;
		}
	}
	const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (isValidJWT(payload.value, def.alg)) return;
			payload.issues.push({
				code: "invalid_format",
				format: "jwt",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = boolean$1;
		inst._zod.parse = (payload, _ctx) => {
			if (def.coerce) try {
				payload.value = Boolean(payload.value);
			} catch (_) {}
			const input = payload.value;
			if (typeof input === "boolean") return payload;
			payload.issues.push({
				expected: "boolean",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		};
	});
	const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.parse = (payload) => payload;
	});
	const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.parse = (payload, _ctx) => {
			payload.issues.push({
				expected: "never",
				code: "invalid_type",
				input: payload.value,
				inst
			});
			return payload;
		};
	});
	function capSize(inst, size) {
		const caps = sizeCaps(inst._zod.def.checks);
		if (!caps.length) return;
		const cap = Math.min(...caps.map((c) => c[0]));
		const parse = inst._zod.parse;
		inst._zod.parse = (payload, ctx) => {
			const n = size(payload.value);
			if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
				for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
					const start = payload.issues.length;
					ch._zod.check(payload);
					payload.issues[start].continue = false;
					attachSchema(payload.issues, start, inst);
					return payload;
				}
			}
			return parse(payload, ctx);
		};
	}
	const arraySize = (input) => Array.isArray(input) ? input.length : -1;
	function handleArrayResult(result, final, index) {
		if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
		final.value[index] = result.value;
	}
	const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
		$ZodType.init(inst, def);
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			if (!Array.isArray(input)) {
				payload.issues.push({
					expected: "array",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
			const proms = [];
			const abortEarly = ctx?.abortEarly;
			for (let i = 0; i < input.length; i++) {
				const item = input[i];
				const result = def.element._zod.run({
					value: item,
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
				else {
					handleArrayResult(result, payload, i);
					if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
				}
			}
			if (proms.length) return Promise.all(proms).then(() => payload);
			return payload;
		};
		capSize(inst, arraySize);
	});
	function handlePropertyResult(result, final, key, input, optin, optout) {
		const isPresent = key in input;
		const isOptionalOut = optout === "optional";
		if (!isPresent && isOptionalOut && optin === "optional") return;
		if (result.issues.length) {
			if (optin !== void 0 && isOptionalOut && !isPresent) return;
			final.issues.push(...prefixIssues(key, result.issues));
		}
		if (!isPresent && optin === void 0) {
			if (!result.issues.length) final.issues.push({
				code: "invalid_type",
				expected: "nonoptional",
				input: void 0,
				path: [key]
			});
			return;
		}
		if (result.value === void 0) {
			if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
		} else final.value[key] = result.value;
	}
	const NO_SYMBOL_KEYS = [];
	function normalizeDef(def) {
		const keys = Object.keys(def.shape);
		const ownSymbols = Object.getOwnPropertySymbols(def.shape);
		const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
		const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
		for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
		const okeys = optionalKeys(def.shape);
		return {
			...def,
			allKeys,
			symbolKeys,
			keySet: new Set(keys),
			numKeys: keys.length,
			optionalKeys: new Set(okeys)
		};
	}
	function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
		const unrecognized = [];
		const keySet = def.keySet;
		const _catchall = def.catchall._zod;
		const t = _catchall.def.type;
		const optin = _catchall.optin;
		const optout = _catchall.optout;
		let seen = 0;
		for (const key in input) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (keySet.has(key)) continue;
			if (key === "__proto__") {
				if (t === "never") unrecognized.push(key);
				continue;
			}
			if (t === "never") {
				unrecognized.push(key);
				continue;
			}
			const r = _catchall.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (unrecognized.length) payload.issues.push({
			code: "unrecognized_keys",
			keys: unrecognized,
			input,
			inst,
			continue: true
		});
		if (!proms.length) return payload;
		return Promise.all(proms).then(() => {
			return payload;
		});
	}
	const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
		$ZodType.init(inst, def);
		const desc = Object.getOwnPropertyDescriptor(def, "shape");
		const sh = desc?.get ? desc.get.raw : def.shape ?? {};
		if (sh) {
			const get = () => {
				const newSh = { ...sh };
				Object.defineProperty(def, "shape", { value: newSh });
				get.raw = newSh;
				return newSh;
			};
			get.raw = sh;
			Object.defineProperty(def, "shape", { get });
		}
		const _normalized = cached(() => normalizeDef(def));
		defineLazyInternal(inst, "propValues", (zod) => {
			const shape = zod.def.shape;
			const propValues = {};
			for (const key in shape) {
				const field = shape[key]._zod;
				if (field.values) {
					if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
					for (const v of field.values) propValues[key].add(v);
					if (field.optin !== void 0) propValues[key].add(void 0);
				}
			}
			return propValues;
		});
		const isObject = isObject$2;
		const catchall = def.catchall;
		let value;
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			value ?? (value = _normalized.value);
			const input = payload.value;
			if (!isObject(input)) {
				payload.issues.push({
					expected: "object",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			const proms = [];
			const shape = value.shape;
			const abortEarly = ctx?.abortEarly;
			let seen = payload.issues.length;
			for (const key of value.allKeys) {
				if (abortEarly && payload.issues.length !== seen) {
					if (aborted(payload, seen)) break;
					seen = payload.issues.length;
				}
				if (key === "__proto__") continue;
				const el = shape[key];
				const optin = el._zod.optin;
				const optout = el._zod.optout;
				const r = el._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
				else handlePropertyResult(r, payload, key, input, optin, optout);
			}
			if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
			return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
		};
	});
	const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
		$ZodObject.init(inst, def);
		const superParse = inst._zod.parse;
		const _normalized = cached(() => normalizeDef(def));
		const memo = globalConfig.memoizer;
		const generateFastpass = (shape) => {
			const normalized = _normalized.value;
			const syms = normalized.symbolKeys;
			const doc = new Doc(["payload", "ctx"], {
				shape,
				inst,
				memo,
				syms
			});
			const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
			const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
			doc.write(`const input = payload.value;`);
			const ids = Object.create(null);
			let counter = 0;
			for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
			doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
			for (const key of normalized.allKeys) {
				if (key === "__proto__") continue;
				const id = ids[key];
				const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
				const isPresent = `${k} in input`;
				const schema = shape[key];
				const optin = schema?._zod?.optin;
				const isOptionalIn = optin !== void 0;
				const isOptionalOut = schema?._zod?.optout === "optional";
				doc.write(`const ${id} = ${parseStr(k)};`);
				if (isOptionalIn && isOptionalOut) {
					const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
					doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
				} else if (!isOptionalIn) doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
				else {
					doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
					if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`);
					else doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
				}
			}
			doc.write(`payload.value = newResult;`);
			doc.write(`return payload;`);
			return doc.compile();
		};
		let fastpass;
		const isObject = isObject$2;
		const jit = !globalConfig.jitless;
		const fastEnabled = jit && allowsEval.value;
		const catchall = def.catchall;
		let value;
		inst._zod.parse = (payload, ctx) => {
			value ?? (value = _normalized.value);
			const input = payload.value;
			if (!isObject(input)) {
				payload.issues.push({
					expected: "object",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
				if (!fastpass) fastpass = generateFastpass(def.shape);
				payload = fastpass(payload, ctx);
				if (!catchall) return payload;
				return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
			}
			return superParse(payload, ctx);
		};
	});
	function handleUnionResults(results, final, inst, ctx) {
		for (const result of results) if (result.issues.length === 0) {
			final.value = result.value;
			return final;
		}
		const nonaborted = results.filter((r) => !aborted(r));
		if (nonaborted.length === 1) {
			final.value = nonaborted[0].value;
			return nonaborted[0];
		}
		final.issues.push({
			code: "invalid_union",
			input: final.value,
			inst,
			errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
		});
		return final;
	}
	const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
		defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
		defineLazyInternal(inst, "values", (zod) => {
			if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
		});
		defineLazyInternal(inst, "pattern", (zod) => {
			if (zod.def.options.every((o) => o._zod.pattern)) {
				const patterns = zod.def.options.map((o) => o._zod.pattern);
				return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
			}
		});
		const first = def.options.length === 1 ? def.options[0]._zod.run : null;
		inst._zod.parse = (payload, ctx) => {
			if (first) return first(payload, ctx);
			let async = false;
			const results = [];
			for (const option of def.options) {
				const result = option._zod.run({
					value: payload.value,
					issues: []
				}, ctx);
				if (result instanceof Promise) {
					results.push(result);
					async = true;
				} else {
					if (result.issues.length === 0) return result;
					results.push(result);
				}
			}
			if (!async) return handleUnionResults(results, payload, inst, ctx);
			return Promise.all(results).then((results) => {
				return handleUnionResults(results, payload, inst, ctx);
			});
		};
	});
	const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			const left = def.left._zod.run({
				value: input,
				issues: []
			}, ctx);
			const right = def.right._zod.run({
				value: input,
				issues: []
			}, ctx);
			if (left instanceof Promise || right instanceof Promise) return Promise.all([left, right]).then(([left, right]) => {
				return handleIntersectionResults(payload, left, right);
			});
			return handleIntersectionResults(payload, left, right);
		};
	});
	function mergeValues(a, b) {
		if (a === b) return {
			valid: true,
			data: a
		};
		if (a instanceof Date && b instanceof Date && +a === +b) return {
			valid: true,
			data: a
		};
		if (isPlainObject(a) && isPlainObject(b)) {
			const bKeys = Object.keys(b);
			const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
			const newObj = {
				...a,
				...b
			};
			if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
			for (const key of sharedKeys) {
				if (key === "__proto__") continue;
				const sharedValue = mergeValues(a[key], b[key]);
				if (!sharedValue.valid) return {
					valid: false,
					mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
				};
				newObj[key] = sharedValue.data;
			}
			return {
				valid: true,
				data: newObj
			};
		}
		if (Array.isArray(a) && Array.isArray(b)) {
			if (a.length !== b.length) return {
				valid: false,
				mergeErrorPath: []
			};
			const newArray = [];
			for (let index = 0; index < a.length; index++) {
				const itemA = a[index];
				const itemB = b[index];
				const sharedValue = mergeValues(itemA, itemB);
				if (!sharedValue.valid) return {
					valid: false,
					mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
				};
				newArray.push(sharedValue.data);
			}
			return {
				valid: true,
				data: newArray
			};
		}
		return {
			valid: false,
			mergeErrorPath: []
		};
	}
	function handleIntersectionResults(result, left, right) {
		const unrecKeys = /* @__PURE__ */ new Map();
		let unrecIssue;
		const keyIssues = /* @__PURE__ */ new Map();
		const collect = (iss, side) => {
			let keys;
			if (iss.code === "unrecognized_keys" && !iss.path?.length) {
				unrecIssue ?? (unrecIssue = iss);
				keys = iss.keys;
			} else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
				const k = String(iss.path[0]);
				if (!keyIssues.has(k)) keyIssues.set(k, iss);
				keys = [k];
			} else return false;
			for (const k of keys) {
				if (!unrecKeys.has(k)) unrecKeys.set(k, {});
				unrecKeys.get(k)[side] = true;
			}
			return true;
		};
		for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
		for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
		const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
		if (bothKeys.length) {
			const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
			if (aggregated.length) result.issues.push({
				...unrecIssue,
				keys: aggregated
			});
			for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
		}
		const merged = mergeValues(left.value, right.value);
		if (!merged.valid) {
			if (aborted(result)) return result;
			throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
		}
		result.value = merged.data;
		return result;
	}
	const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
		$ZodType.init(inst, def);
		const values = getEnumValues(def.entries);
		const valuesSet = new Set(values);
		inst._zod.values = valuesSet;
		defineLazyInternal(inst, "pattern", (zod) => {
			const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
			return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
		});
		inst._zod.parse = (payload, _ctx) => {
			const input = payload.value;
			if (valuesSet.has(input)) return payload;
			payload.issues.push({
				code: "invalid_value",
				values,
				input,
				inst
			});
			return payload;
		};
	});
	const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.optin = "optional";
		globalConfig.memoizer?.guard(inst);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
			const _out = def.transform(payload.value, payload);
			if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
				payload.value = output;
				return payload;
			});
			if (_out instanceof Promise) throw new $ZodAsyncError();
			payload.value = _out;
			return payload;
		};
	});
	function handleOptionalResult(payload, result) {
		payload.value = result.issues.length ? void 0 : result.value;
		return payload;
	}
	const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
		inst._zod.optout = "optional";
		defineLazyInternal(inst, "values", (zod) => {
			const values = zod.def.innerType._zod.values;
			return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
		});
		defineLazyInternal(inst, "pattern", (zod) => {
			const pattern = zod.def.innerType._zod.pattern;
			return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
		});
		inst._zod.parse = (payload, ctx) => {
			if (payload.value === void 0) {
				if (def.innerType._zod.optin !== "defaulted") return payload;
				const result = def.innerType._zod.run({
					value: payload.value,
					issues: []
				}, ctx);
				if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
				return handleOptionalResult(payload, result);
			}
			return def.innerType._zod.run(payload, ctx);
		};
	});
	const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
		$ZodOptional.init(inst, def);
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
		inst._zod.parse = (payload, ctx) => {
			return def.innerType._zod.run(payload, ctx);
		};
	});
	const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
		defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
		defineLazyInternal(inst, "pattern", (zod) => {
			const pattern = zod.def.innerType._zod.pattern;
			return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
		});
		defineLazyInternal(inst, "values", (zod) => {
			return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
		});
		inst._zod.parse = (payload, ctx) => {
			if (payload.value === null) return payload;
			return def.innerType._zod.run(payload, ctx);
		};
	});
	const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.optin = "defaulted";
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			if (payload.value === void 0) {
				payload.value = def.defaultValue;
				/**
				* $ZodDefault returns the default value immediately in forward direction.
				* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
				return payload;
			}
			const result = def.innerType._zod.run(payload, ctx);
			if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
			return handleDefaultResult(result, def);
		};
	});
	function handleDefaultResult(payload, def) {
		if (payload.value === void 0) payload.value = def.defaultValue;
		return payload;
	}
	const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.optin = "defaulted";
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			if (payload.value === void 0) payload.value = def.defaultValue;
			return def.innerType._zod.run(payload, ctx);
		};
	});
	const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "values", (zod) => {
			const v = zod.def.innerType._zod.values;
			return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
		});
		inst._zod.parse = (payload, ctx) => {
			const result = def.innerType._zod.run(payload, ctx);
			if (result instanceof Promise) return result.then((result) => handleNonOptionalResult(result, inst));
			return handleNonOptionalResult(result, inst);
		};
	});
	function handleNonOptionalResult(payload, inst) {
		if (!payload.issues.length && payload.value === void 0) payload.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: payload.value,
			inst
		});
		return payload;
	}
	function handleCatchResult(payload, result, def, ctx) {
		if (!result.issues.length) {
			payload.value = result.value;
			if (result.memo) payload.memo = true;
			return payload;
		}
		payload.value = def.catchValue({
			...result,
			value: payload.value,
			error: { issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())) },
			input: payload.value
		});
		return payload;
	}
	const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
		defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleCatchResult(payload, result, def, ctx));
			return handleCatchResult(payload, result, def, ctx);
		};
	});
	const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
		defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
		defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
		defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") {
				const right = def.out._zod.run(payload, ctx);
				if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
				return handlePipeResult(right, def.in, ctx);
			}
			const left = def.in._zod.run(payload, ctx);
			if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
			return handlePipeResult(left, def.out, ctx);
		};
	});
	function handlePipeResult(left, next, ctx) {
		if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
			left.aborted = true;
			return left;
		}
		return next._zod.run({
			value: left.value,
			issues: left.issues
		}, ctx);
	}
	const $ZodPreprocess = /*@__PURE__*/ $constructor("$ZodPreprocess", (inst, def) => {
		$ZodPipe.init(inst, def);
	});
	const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
		defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			const result = def.innerType._zod.run(payload, ctx);
			if (result instanceof Promise) return result.then(handleReadonlyResult);
			return handleReadonlyResult(result);
		};
	});
	function handleReadonlyResult(payload) {
		if (!payload.memo) payload.value = Object.freeze(payload.value);
		return payload;
	}
	const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
		$ZodCheck.init(inst, def);
		$ZodType.init(inst, def);
		inst._zod.parse = (payload, _) => {
			return payload;
		};
		inst._zod.check = (payload) => {
			const input = payload.value;
			const r = def.fn(input);
			if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
			handleRefineResult(r, payload, input, inst);
		};
	});
	function handleRefineResult(result, payload, input, inst) {
		if (!result) {
			const _iss = {
				code: "custom",
				input,
				inst,
				path: [...inst._zod.def.path ?? []],
				continue: !inst._zod.def.abort
			};
			if (inst._zod.def.params) _iss.params = inst._zod.def.params;
			payload.issues.push(issue(_iss));
		}
	}
	// node_modules/zod/v4/core/memoizer.js
	var $ZodCyclicError = class extends Error {
		constructor() {
			super(`Cannot parse a reference cycle that closes through a transform`);
			this.name = "ZodCyclicError";
		}
	};
	/** Keyed off the context object every schema in one parse call already shares. */
	const STATE = "~memo";
	const NO_ISSUES = [];
	function isRef(value) {
		return value !== null && typeof value === "object";
	}
	function cloneIssues(issues) {
		return issues.map((iss) => iss.path ? {
			...iss,
			path: iss.path.slice()
		} : { ...iss });
	}
	const recursive = /*@__PURE__*/ new WeakMap();
	/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
	const NONE = 0;
	const ASSUMED = 1;
	const PROVEN = 2;
	/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
	function isRecursive(inst, stack, resolve) {
		const cached = recursive.get(inst);
		if (cached !== void 0) return cached ? PROVEN : NONE;
		if (stack.has(inst)) return PROVEN;
		stack.add(inst);
		let result = NONE;
		const check = (child) => {
			if (result !== PROVEN && child?._zod) {
				const answer = isRecursive(child, stack, resolve);
				if (answer > result) result = answer;
			}
		};
		const shape = (sh, spread) => {
			let answer = NONE;
			for (const key of Reflect.ownKeys(sh)) {
				const desc = Object.getOwnPropertyDescriptor(sh, key);
				if (spread && !desc.enumerable) continue;
				const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
				if (child > answer) answer = child;
			}
			return answer;
		};
		const merge = (answer) => {
			if (answer > result) result = answer;
		};
		const def = inst._zod.def;
		switch (def.type) {
			case "object": {
				const raw = rawShape(def);
				merge(raw ? shape(raw, true) : ASSUMED);
				check(def.catchall);
				break;
			}
			case "array":
				check(def.element);
				break;
			case "tuple":
				for (const el of def.items) check(el);
				check(def.rest);
				break;
			case "record":
			case "map":
				check(def.keyType);
				check(def.valueType);
				break;
			case "set":
				check(def.valueType);
				break;
			case "union":
				for (const el of def.options) check(el);
				break;
			case "intersection":
				check(def.left);
				check(def.right);
				break;
			case "optional":
			case "nullable":
			case "default":
			case "prefault":
			case "catch":
			case "readonly":
			case "nonoptional":
			case "promise":
			case "success":
				check(def.innerType);
				break;
			case "pipe":
				check(def.in);
				check(def.out);
				break;
			case "function":
				check(def.input);
				check(def.output);
				break;
			case "lazy": {
				const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
				merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
				break;
			}
			case "template_literal":
			case "string":
			case "number":
			case "int":
			case "boolean":
			case "bigint":
			case "symbol":
			case "undefined":
			case "null":
			case "void":
			case "never":
			case "any":
			case "unknown":
			case "date":
			case "nan":
			case "enum":
			case "literal":
			case "file":
			case "transform":
			case "custom": break;
			default: for (const key in def) {
				const desc = Object.getOwnPropertyDescriptor(def, key);
				if (!desc || desc.get) continue;
				const value = desc.value;
				if (!value || typeof value !== "object") continue;
				if (value._zod) check(value);
				else if (Array.isArray(value)) for (const el of value) check(el);
			}
		}
		stack.delete(inst);
		return settle(inst, result);
	}
	/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
	function settle(inst, answer) {
		if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
		return answer;
	}
	function bucketFor(state, inst) {
		let bucket = state.buckets.get(inst);
		if (!bucket) {
			bucket = /* @__PURE__ */ new WeakMap();
			state.buckets.set(inst, bucket);
		}
		return bucket;
	}
	let handoff;
	const open = [];
	const memo = {
		alloc(_inst, payload, empty) {
			const bucket = handoff;
			if (!bucket) return empty;
			handoff = void 0;
			const entry = {
				value: empty,
				issues: null
			};
			bucket.set(payload.value, entry);
			open.push(entry);
			return empty;
		},
		guard(inst) {
			var _a;
			(_a = inst._zod).deferred ?? (_a.deferred = []);
			inst._zod.deferred.push(() => {
				const base = inst._zod.parse;
				const wrapped = (payload, ctx) => {
					if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
					return base(payload, ctx);
				};
				inst._zod.parse = wrapped;
				if (inst._zod.run === base) inst._zod.run = wrapped;
			});
		},
		attach(inst) {
			var _a;
			let isRecursiveInst;
			let rechecked = false;
			let lastCtx;
			let lastBucket;
			(_a = inst._zod).deferred ?? (_a.deferred = []);
			inst._zod.deferred.push(() => {
				const base = inst._zod.parse;
				const wrapped = (payload, ctx) => {
					if (isRecursiveInst === void 0) {
						const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
						if (walked === NONE) {
							inst._zod.parse = base;
							if (inst._zod.run === wrapped) inst._zod.run = base;
							return base(payload, ctx);
						}
						if (walked === PROVEN || rechecked) isRecursiveInst = true;
						else rechecked = true;
					}
					const input = payload.value;
					if (!isRef(input)) return base(payload, ctx);
					let state = ctx[STATE];
					if (!state) {
						state = {
							buckets: /* @__PURE__ */ new WeakMap(),
							backEdges: void 0
						};
						ctx[STATE] = state;
					}
					let bucket;
					if (lastCtx === ctx) bucket = lastBucket;
					else {
						bucket = bucketFor(state, inst);
						lastCtx = ctx;
						lastBucket = bucket;
					}
					const hit = bucket.get(input);
					if (hit) {
						payload.value = hit.value;
						if (hit.issues) {
							if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
						} else {
							payload.memo = true;
							state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
							state.backEdges.add(hit.value);
						}
						return payload;
					}
					handoff = bucket;
					const depth = open.length;
					const result = base(payload, ctx);
					handoff = void 0;
					const entry = open.length > depth ? open.pop() : void 0;
					if (result instanceof Promise) return result.then((r) => {
						if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
						return r;
					});
					if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
					return result;
				};
				inst._zod.parse = wrapped;
				if (inst._zod.run === base) inst._zod.run = wrapped;
			});
		}
	};
	/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
	function memoizer() {
		return memo;
	}
	/** Whether this value is a node a back-edge resolved to before it finished. */
	function isBackEdge(ctx, value) {
		const backEdges = ctx[STATE]?.backEdges;
		return backEdges !== void 0 && isRef(value) && backEdges.has(value);
	}
	// node_modules/zod/v4/locales/en.js
	const error = () => {
		const Sizable = {
			string: {
				unit: "characters",
				verb: "to have"
			},
			file: {
				unit: "bytes",
				verb: "to have"
			},
			array: {
				unit: "items",
				verb: "to have"
			},
			set: {
				unit: "items",
				verb: "to have"
			},
			map: {
				unit: "entries",
				verb: "to have"
			}
		};
		function getSizing(origin) {
			return Sizable[origin] ?? null;
		}
		const FormatDictionary = {
			regex: "input",
			email: "email address",
			url: "URL",
			emoji: "emoji",
			uuid: "UUID",
			uuidv4: "UUIDv4",
			uuidv6: "UUIDv6",
			nanoid: "nanoid",
			guid: "GUID",
			cuid: "cuid",
			cuid2: "cuid2",
			ulid: "ULID",
			xid: "XID",
			ksuid: "KSUID",
			datetime: "ISO datetime",
			date: "ISO date",
			time: "ISO time",
			duration: "ISO duration",
			ipv4: "IPv4 address",
			ipv6: "IPv6 address",
			mac: "MAC address",
			cidrv4: "IPv4 range",
			cidrv6: "IPv6 range",
			base64: "base64-encoded string",
			base64url: "base64url-encoded string",
			json_string: "JSON string",
			e164: "E.164 number",
			currency_code: "currency code",
			credit_card: "credit card number",
			iban: "IBAN",
			jwt: "JWT",
			template_literal: "input"
		};
		const TypeDictionary = { nan: "NaN" };
		function getTypeName(type, input) {
			if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
			return TypeDictionary[type] ?? type;
		}
		return (issue) => {
			switch (issue.code) {
				case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
				case "invalid_value":
					if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
					return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
				case "too_big": {
					const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
					const sizing = getSizing(issue.origin);
					if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
					return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
				}
				case "too_small": {
					const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
					const sizing = getSizing(issue.origin);
					if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
					return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
				}
				case "invalid_format": {
					const _issue = issue;
					if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
					if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
					if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
					if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
					return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
				}
				case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
				case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
				case "invalid_key": return `Invalid key in ${issue.origin}`;
				case "invalid_union":
					if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
					if (issue.inclusive === false) return "Invalid input: more than one option matched";
					return "Invalid input";
				case "invalid_element": return `Invalid value in ${issue.origin}`;
				default: return `Invalid input`;
			}
		};
	};
	function en_default() {
		return { localeError: error() };
	}
	// node_modules/zod/v4/core/registries.js
	var _a;
	var $ZodRegistry = class {
		constructor() {
			this._map = /* @__PURE__ */ new WeakMap();
			this._idmap = /* @__PURE__ */ new Map();
		}
		add(schema, ..._meta) {
			const meta = _meta[0];
			this._map.set(schema, meta);
			if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
			return this;
		}
		clear() {
			this._map = /* @__PURE__ */ new WeakMap();
			this._idmap = /* @__PURE__ */ new Map();
			return this;
		}
		remove(schema) {
			const meta = this._map.get(schema);
			if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
			this._map.delete(schema);
			return this;
		}
		get(schema) {
			const p = schema._zod.parent;
			if (p) {
				const pm = { ...this.get(p) ?? {} };
				delete pm.id;
				const f = {
					...pm,
					...this._map.get(schema)
				};
				return Object.keys(f).length ? f : void 0;
			}
			return this._map.get(schema);
		}
		has(schema) {
			return this._map.has(schema);
		}
	};
	function registry() {
		return new $ZodRegistry();
	}
	(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
	const globalRegistry = globalThis.__zod_globalRegistry;
	// node_modules/zod/v4/core/api.js
	function snapshotChecks(def) {
		if (def.checks) def.checks = [...def.checks];
		return def;
	}
	// @__NO_SIDE_EFFECTS__
	function _string(Class, params) {
		return new Class(snapshotChecks({
			type: "string",
			...normalizeParams(params)
		}));
	}
	// @__NO_SIDE_EFFECTS__
	function _email(Class, params) {
		return new Class({
			type: "string",
			format: "email",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _guid(Class, params) {
		return new Class({
			type: "string",
			format: "guid",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _uuid(Class, params) {
		return new Class({
			type: "string",
			format: "uuid",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _uuidv4(Class, params) {
		return new Class({
			type: "string",
			format: "uuid",
			check: "string_format",
			abort: false,
			version: "v4",
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _uuidv6(Class, params) {
		return new Class({
			type: "string",
			format: "uuid",
			check: "string_format",
			abort: false,
			version: "v6",
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _uuidv7(Class, params) {
		return new Class({
			type: "string",
			format: "uuid",
			check: "string_format",
			abort: false,
			version: "v7",
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _url(Class, params) {
		return new Class({
			type: "string",
			format: "url",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _emoji(Class, params) {
		return new Class({
			type: "string",
			format: "emoji",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _nanoid(Class, params) {
		return new Class({
			type: "string",
			format: "nanoid",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	/**
	* @deprecated CUID v1 is deprecated by its authors due to information leakage
	* (timestamps embedded in the id). Use {@link _cuid2} instead.
	* See https://github.com/paralleldrive/cuid.
	*/
	// @__NO_SIDE_EFFECTS__
	function _cuid(Class, params) {
		return new Class({
			type: "string",
			format: "cuid",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _cuid2(Class, params) {
		return new Class({
			type: "string",
			format: "cuid2",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _ulid(Class, params) {
		return new Class({
			type: "string",
			format: "ulid",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _xid(Class, params) {
		return new Class({
			type: "string",
			format: "xid",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _ksuid(Class, params) {
		return new Class({
			type: "string",
			format: "ksuid",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _ipv4(Class, params) {
		return new Class({
			type: "string",
			format: "ipv4",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _ipv6(Class, params) {
		return new Class({
			type: "string",
			format: "ipv6",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _cidrv4(Class, params) {
		return new Class({
			type: "string",
			format: "cidrv4",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _cidrv6(Class, params) {
		return new Class({
			type: "string",
			format: "cidrv6",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _base64(Class, params) {
		return new Class({
			type: "string",
			format: "base64",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _base64url(Class, params) {
		return new Class({
			type: "string",
			format: "base64url",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _e164(Class, params) {
		return new Class({
			type: "string",
			format: "e164",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _jwt(Class, params) {
		return new Class({
			type: "string",
			format: "jwt",
			check: "string_format",
			abort: false,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _isoDateTime(Class, params) {
		return new Class({
			type: "string",
			format: "datetime",
			check: "string_format",
			offset: false,
			local: false,
			precision: null,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _isoDate(Class, params) {
		return new Class({
			type: "string",
			format: "date",
			check: "string_format",
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _isoTime(Class, params) {
		return new Class({
			type: "string",
			format: "time",
			check: "string_format",
			precision: null,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _isoDuration(Class, params) {
		return new Class({
			type: "string",
			format: "duration",
			check: "string_format",
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _boolean(Class, params) {
		return new Class({
			type: "boolean",
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _unknown(Class) {
		return new Class({ type: "unknown" });
	}
	// @__NO_SIDE_EFFECTS__
	function _never(Class, params) {
		return new Class({
			type: "never",
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _maxLength(maximum, params) {
		return new $ZodCheckMaxLength({
			check: "max_length",
			...normalizeParams(params),
			maximum
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _minLength(minimum, params) {
		return new $ZodCheckMinLength({
			check: "min_length",
			...normalizeParams(params),
			minimum
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _length(length, params) {
		return new $ZodCheckLengthEquals({
			check: "length_equals",
			...normalizeParams(params),
			length
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _regex(pattern, params) {
		return new $ZodCheckRegex({
			check: "string_format",
			format: "regex",
			...normalizeParams(params),
			pattern
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _lowercase(params) {
		return new $ZodCheckLowerCase({
			check: "string_format",
			format: "lowercase",
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _uppercase(params) {
		return new $ZodCheckUpperCase({
			check: "string_format",
			format: "uppercase",
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _includes(includes, params) {
		return new $ZodCheckIncludes({
			check: "string_format",
			format: "includes",
			...normalizeParams(params),
			includes
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _startsWith(prefix, params) {
		return new $ZodCheckStartsWith({
			check: "string_format",
			format: "starts_with",
			...normalizeParams(params),
			prefix
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _endsWith(suffix, params) {
		return new $ZodCheckEndsWith({
			check: "string_format",
			format: "ends_with",
			...normalizeParams(params),
			suffix
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _overwrite(tx) {
		return new $ZodCheckOverwrite({
			check: "overwrite",
			tx
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _normalize(form) {
		return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
	}
	// @__NO_SIDE_EFFECTS__
	function _trim() {
		return /* @__PURE__ */ _overwrite((input) => input.trim());
	}
	// @__NO_SIDE_EFFECTS__
	function _toLowerCase() {
		return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
	}
	// @__NO_SIDE_EFFECTS__
	function _toUpperCase() {
		return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
	}
	// @__NO_SIDE_EFFECTS__
	function _slugify() {
		return /* @__PURE__ */ _overwrite((input) => slugify(input));
	}
	// @__NO_SIDE_EFFECTS__
	function _array(Class, element, params) {
		return new Class({
			type: "array",
			element,
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _refine(Class, fn, _params) {
		return new Class({
			type: "custom",
			check: "custom",
			fn,
			...normalizeParams(_params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _superRefine(fn, params) {
		const ch = /* @__PURE__ */ _check((payload) => {
			payload.addIssue = (issue$2) => {
				if (typeof issue$2 === "string") payload.issues.push(issue(issue$2, payload.value, ch._zod.def));
				else {
					const _issue = issue$2;
					if (_issue.fatal) _issue.continue = false;
					_issue.code ?? (_issue.code = "custom");
					if (!("input" in _issue)) _issue.input = payload.value;
					_issue.inst ?? (_issue.inst = ch);
					_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
					payload.issues.push(issue(_issue));
				}
			};
			return fn(payload.value, payload);
		}, params);
		return ch;
	}
	// @__NO_SIDE_EFFECTS__
	function _check(fn, params) {
		const ch = new $ZodCheck({
			check: "custom",
			...normalizeParams(params)
		});
		ch._zod.check = fn;
		return ch;
	}
	// node_modules/zod/v4/core/to-json-schema.js
	function assignProps(target, ...sources) {
		for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
		return target;
	}
	function initializeContext(params) {
		let target = params?.target ?? "draft-2020-12";
		if (target === "draft-4") target = "draft-04";
		if (target === "draft-7") target = "draft-07";
		return {
			processors: params.processors ?? {},
			metadataRegistry: params?.metadata ?? globalRegistry,
			target,
			unrepresentable: params?.unrepresentable ?? "throw",
			override: params?.override ?? (() => {}),
			io: params?.io ?? "output",
			counter: 0,
			seen: /* @__PURE__ */ new Map(),
			sharedDefsExtractedFor: void 0,
			sharedEmitDoneFor: void 0,
			cycles: params?.cycles ?? "ref",
			reused: params?.reused ?? "inline",
			intersections: [],
			deferred: [],
			external: params?.external ?? void 0
		};
	}
	/**
	* Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
	* `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
	* custom JSON Schema was written into `json`, in which case the caller must not write its own.
	*/
	function handleUnrepresentable(schema, ctx, json, params, message) {
		const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
			zodSchema: schema,
			path: params.path,
			message
		}) : ctx.unrepresentable;
		if (result === "any") return false;
		if (result === void 0 || result === "throw") throw new Error(message);
		Object.assign(json, result);
		return true;
	}
	function processSchema(schema, ctx, _params = {
		path: [],
		schemaPath: []
	}) {
		var _a;
		const def = schema._zod.def;
		const seen = ctx.seen.get(schema);
		if (seen) {
			seen.count++;
			if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
			return seen.schema;
		}
		const result = {
			schema: {},
			count: 1,
			cycle: void 0,
			path: _params.path
		};
		ctx.seen.set(schema, result);
		ctx.sharedDefsExtractedFor = void 0;
		ctx.sharedEmitDoneFor = void 0;
		const overrideSchema = schema._zod.toJSONSchema?.();
		if (overrideSchema) result.schema = overrideSchema;
		else {
			const params = {
				..._params,
				schemaPath: [..._params.schemaPath, schema],
				path: _params.path
			};
			if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
			else {
				const _json = result.schema;
				const processor = ctx.processors[def.type];
				if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
				processor(schema, ctx, _json, params);
			}
			const parent = schema._zod.parent;
			if (parent) {
				if (!result.ref) result.ref = parent;
				processSchema(parent, ctx, params);
				ctx.seen.get(parent).isParent = true;
			}
		}
		const meta = ctx.metadataRegistry.get(schema);
		if (meta) assignProps(result.schema, meta);
		if (ctx.io === "input" && isTransforming(schema)) {
			delete result.schema.examples;
			delete result.schema.default;
		}
		if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
		delete result.schema._prefault;
		return ctx.seen.get(schema).schema;
	}
	function encodeJSONPointerSegment(segment) {
		return segment.replace(/~/g, "~0").replace(/\//g, "~1");
	}
	function extractDefs(ctx, schema) {
		const root = ctx.seen.get(schema);
		if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
		if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
		const idToSchema = /* @__PURE__ */ new Map();
		for (const entry of ctx.seen.entries()) {
			const id = ctx.metadataRegistry.get(entry[0])?.id;
			if (id) {
				const existing = idToSchema.get(id);
				if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
				idToSchema.set(id, entry[0]);
			}
		}
		const makeURI = (entry) => {
			const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
			if (ctx.external) {
				const externalId = ctx.external.registry.get(entry[0])?.id;
				const uriGenerator = ctx.external.uri ?? ((id) => id);
				if (externalId) return { ref: uriGenerator(externalId) };
				const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
				entry[1].defId = id;
				return {
					defId: id,
					ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
				};
			}
			const uriPrefix = `#`;
			const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
			if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
			const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
			return {
				defId,
				ref: defUriPrefix + encodeJSONPointerSegment(defId)
			};
		};
		const extractToDef = (entry) => {
			if (entry[1].schema.$ref) return;
			const seen = entry[1];
			const { ref, defId } = makeURI(entry);
			seen.def = { ...seen.schema };
			if (defId) seen.defId = defId;
			const schema = seen.schema;
			for (const key in schema) delete schema[key];
			schema.$ref = ref;
		};
		if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
			const seen = entry[1];
			if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
		}
		for (const entry of ctx.seen.entries()) {
			const seen = entry[1];
			if (schema === entry[0]) {
				extractToDef(entry);
				continue;
			}
			if (ctx.external) {
				const ext = ctx.external.registry.get(entry[0])?.id;
				if (schema !== entry[0] && ext) {
					extractToDef(entry);
					continue;
				}
			}
			if (ctx.metadataRegistry.get(entry[0])?.id) {
				extractToDef(entry);
				continue;
			}
			if (seen.cycle) {
				extractToDef(entry);
				continue;
			}
			if (seen.count > 1) {
				if (ctx.reused === "ref") extractToDef(entry);
			}
		}
		if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
	}
	/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
	function compactTypeUnion(schema) {
		const options = schema.anyOf;
		if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
		const types = [];
		for (const option of options) {
			if (!option || typeof option !== "object") return;
			compactTypeUnion(option);
			const keys = Object.keys(option);
			if (keys.length !== 1 || keys[0] !== "type") return;
			const type = option.type;
			for (const member of Array.isArray(type) ? type : [type]) {
				if (typeof member !== "string") return;
				if (!types.includes(member)) types.push(member);
			}
		}
		delete schema.anyOf;
		schema.type = types.length === 1 ? types[0] : types;
	}
	/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
	* an annotation like `description` — makes a member unfoldable, so a constraint this does not
	* understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
	const FOLDABLE_KEYS = /* @__PURE__ */ new Set([
		"type",
		"properties",
		"required",
		"additionalProperties"
	]);
	const UNION_KEYS = ["oneOf", "anyOf"];
	/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
	function undeclaredConstraint(member) {
		const extra = member.additionalProperties;
		if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
		return Object.keys(extra).length ? extra : null;
	}
	/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
	function foldObjects(members) {
		const objects = [];
		for (const member of members) {
			if (typeof member !== "object" || member.type !== "object") return null;
			for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
			objects.push(member);
		}
		const properties = {};
		const required = /* @__PURE__ */ new Set();
		for (const object of objects) {
			for (const key in object.properties) {
				if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
				const parts = [];
				for (const other of objects) {
					const part = other.properties?.[key] ?? undeclaredConstraint(other);
					if (part === null || part === void 0) continue;
					if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
				}
				assignProp(properties, key, parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts });
			}
			for (const key of object.required ?? []) required.add(key);
		}
		const folded = {
			type: "object",
			properties
		};
		if (required.size) folded.required = [...required];
		if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
		else {
			const constraints = [];
			for (const object of objects) {
				const constraint = undeclaredConstraint(object);
				if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
			}
			if (constraints.length === 1) folded.additionalProperties = constraints[0];
			else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
		}
		return folded;
	}
	/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
	* closed object members reject each other's keys and the schema validates nothing. Zod's parser
	* pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
	* *every* side rejects it — so the emitted schema has to pool them too, and folding the members
	* into one object is the encoding that says so on every target.
	*
	* This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
	* machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
	* keeps its reference and its own closedness rather than being inlined as a stale copy. */
	function foldIntersection(json) {
		const allOf = json.allOf;
		if (!Array.isArray(allOf) || allOf.length < 2) return;
		for (const key of FOLDABLE_KEYS) if (key in json) return;
		const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
		let folded = null;
		if (!unions.length) folded = foldObjects(allOf);
		else {
			const union = unions[0];
			const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
			if (Object.keys(union).length !== 1) return;
			const rest = allOf.filter((m) => m !== union);
			const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
			if (branches.some((b) => !b)) return;
			folded = { [keyword]: branches };
		}
		if (!folded) return;
		delete json.allOf;
		assignProps(json, folded);
	}
	function finalize(ctx, schema) {
		const root = ctx.seen.get(schema);
		if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
		const flattenRef = (zodSchema) => {
			const seen = ctx.seen.get(zodSchema);
			if (seen.ref === null) return;
			const schema = seen.def ?? seen.schema;
			const _cached = { ...schema };
			const ref = seen.ref;
			seen.ref = null;
			if (ref) {
				flattenRef(ref);
				const refSeen = ctx.seen.get(ref);
				const refSchema = refSeen.schema;
				if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
					schema.allOf = schema.allOf ?? [];
					schema.allOf.push(refSchema);
				} else assignProps(schema, refSchema);
				assignProps(schema, _cached);
				if (zodSchema._zod.parent === ref) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (!(key in _cached)) delete schema[key];
				}
				if (refSchema.$ref && refSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
				}
			}
			const parent = zodSchema._zod.parent;
			if (parent && parent !== ref) {
				flattenRef(parent);
				const parentSeen = ctx.seen.get(parent);
				if (parentSeen?.schema.$ref) {
					schema.$ref = parentSeen.schema.$ref;
					if (parentSeen.def) for (const key in schema) {
						if (key === "$ref" || key === "allOf") continue;
						if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
					}
				}
			}
			ctx.override({
				zodSchema,
				jsonSchema: schema,
				path: seen.path ?? []
			});
		};
		if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
			for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
			if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
			for (const rewrite of ctx.deferred) rewrite();
			if (ctx.intersections.length) {
				const carriers = /* @__PURE__ */ new Map();
				for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
					const allOf = json?.allOf;
					if (!Array.isArray(allOf)) continue;
					const existing = carriers.get(allOf);
					if (existing) existing.push(json);
					else carriers.set(allOf, [json]);
				}
				for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
			}
		}
		const result = {};
		if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
		else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
		else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
		else if (ctx.target === "openapi-3.0") {}
		if (ctx.external?.uri) {
			const id = ctx.external.registry.get(schema)?.id;
			if (!id) throw new Error("Schema is missing an `id` property");
			result.$id = ctx.external.uri(id);
		}
		assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
		const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
		if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
		const defs = ctx.external?.defs ?? {};
		if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
			const seen = entry[1];
			if (seen.def && seen.defId) {
				if (seen.def.id === seen.defId) delete seen.def.id;
				assignProp(defs, seen.defId, seen.def);
			}
		}
		if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
		if (ctx.external) {} else if (Object.keys(defs).length > 0) {
			if (ctx.target === "draft-2020-12") result.$defs = defs;
			else result.definitions = defs;
		}
		try {
			const finalized = JSON.parse(JSON.stringify(result));
			Object.defineProperty(finalized, "~standard", {
				value: {
					...schema["~standard"],
					jsonSchema: {
						input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
						output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
					}
				},
				enumerable: false,
				writable: false
			});
			return finalized;
		} catch (_err) {
			throw new Error("Error converting schema to JSON.");
		}
	}
	function isTransforming(_schema, _ctx) {
		const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
		if (ctx.seen.has(_schema)) return false;
		ctx.seen.add(_schema);
		const def = _schema._zod.def;
		if (def.type === "transform") return true;
		if (def.type === "array") return isTransforming(def.element, ctx);
		if (def.type === "set") return isTransforming(def.valueType, ctx);
		if (def.type === "lazy") return isTransforming(def.getter(), ctx);
		if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
		if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
		if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
		if (def.type === "pipe") {
			if (_schema._zod.traits.has("$ZodCodec")) return true;
			return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
		}
		if (def.type === "object") {
			for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
			return false;
		}
		if (def.type === "union") {
			for (const option of def.options) if (isTransforming(option, ctx)) return true;
			return false;
		}
		if (def.type === "tuple") {
			for (const item of def.items) if (isTransforming(item, ctx)) return true;
			if (def.rest && isTransforming(def.rest, ctx)) return true;
			return false;
		}
		return false;
	}
	/**
	* Creates a toJSONSchema method for a schema instance.
	* This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
	*/
	const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
		const ctx = initializeContext({
			...params,
			processors
		});
		processSchema(schema, ctx);
		extractDefs(ctx, schema);
		return finalize(ctx, schema);
	};
	const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
		const { libraryOptions, target } = params ?? {};
		const ctx = initializeContext({
			...libraryOptions ?? {},
			target,
			io,
			processors
		});
		processSchema(schema, ctx);
		extractDefs(ctx, schema);
		return finalize(ctx, schema);
	};
	// node_modules/zod/v4/core/json-schema-processors.js
	const narrowMin = (agg, key, value) => {
		if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
	};
	const narrowMax = (agg, key, value) => {
		if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
	};
	const narrowBoth = (agg, value) => {
		narrowMin(agg, "minimum", value);
		narrowMax(agg, "maximum", value);
	};
	const addDivisor = (agg, value) => {
		agg.multipleOf ?? (agg.multipleOf = []);
		if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
	};
	const addPattern = (agg, pattern) => {
		agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
		agg.patterns.add(pattern);
	};
	const intersectMime = (agg, mime) => {
		agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
	};
	const setFormat = (agg, format) => {
		agg.format = format;
		if (format.includes("int")) agg.isInt = true;
	};
	const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
	const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
	const formatContributor = (ranges) => (agg, def) => {
		setFormat(agg, def.format);
		const [minimum, maximum] = ranges[def.format];
		narrowMin(agg, "minimum", minimum);
		narrowMax(agg, "maximum", maximum);
	};
	const contributors = {
		greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
		less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
		multiple_of: (agg, def) => addDivisor(agg, def.value),
		number_format: formatContributor(NUMBER_FORMAT_RANGES),
		bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
		min_length: minContributor,
		max_length: maxContributor,
		length_equals: (agg, def) => narrowBoth(agg, def.length),
		min_size: minContributor,
		max_size: maxContributor,
		size_equals: (agg, def) => narrowBoth(agg, def.size),
		string_format: (agg, def) => {
			setFormat(agg, def.format);
			if (def.pattern) addPattern(agg, def.pattern);
			if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
			if (def.local || def.precision === -1) agg.laxFormat = true;
		},
		mime_type: (agg, def) => intersectMime(agg, def.mime)
	};
	function aggregateChecks(schema) {
		const agg = {};
		const def = schema._zod.def;
		const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
		for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
		const bag = schema._zod.bag;
		if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
		if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
		if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
		if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
		if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
		if (bag.format !== void 0) {
			agg.format ?? (agg.format = bag.format);
			if (bag.format.includes("int")) agg.isInt = true;
		}
		if (bag.mime) intersectMime(agg, bag.mime);
		for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
		return agg;
	}
	const formatMap = {
		guid: "uuid",
		url: "uri",
		datetime: "date-time",
		json_string: "json-string",
		regex: ""
	};
	const exactPatterns = /* @__PURE__ */ new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
	const exactPattern = (p) => exactPatterns.get(p) ?? p;
	const stringProcessor = (schema, ctx, _json, _params) => {
		const json = _json;
		json.type = "string";
		const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
		if (typeof minimum === "number") json.minLength = minimum;
		if (typeof maximum === "number") json.maxLength = maximum;
		if (format) {
			json.format = formatMap[format] ?? format;
			if (json.format === "") delete json.format;
			if (format === "time" || laxFormat) delete json.format;
		}
		if (contentEncoding) json.contentEncoding = contentEncoding;
		if (patterns && patterns.size > 0) {
			const patternList = [...patterns].map(exactPattern);
			if (patternList.length === 1) json.pattern = patternList[0].source;
			else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
				...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
				pattern: regex.source
			}))];
		}
	};
	const booleanProcessor = (_schema, _ctx, json, _params) => {
		json.type = "boolean";
	};
	const neverProcessor = (_schema, _ctx, json, _params) => {
		json.not = {};
	};
	const enumProcessor = (schema, _ctx, json, _params) => {
		const def = schema._zod.def;
		const values = getEnumValues(def.entries);
		if (values.length === 0) {
			json.not = {};
			return;
		}
		if (values.every((v) => typeof v === "number")) json.type = "number";
		if (values.every((v) => typeof v === "string")) json.type = "string";
		json.enum = values;
	};
	const customProcessor = (schema, ctx, json, params) => {
		handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
	};
	const transformProcessor = (schema, ctx, json, params) => {
		handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
	};
	const arrayProcessor = (schema, ctx, _json, params) => {
		const json = _json;
		const def = schema._zod.def;
		const { minimum, maximum } = aggregateChecks(schema);
		if (typeof minimum === "number") json.minItems = minimum;
		if (typeof maximum === "number") json.maxItems = maximum;
		json.type = "array";
		json.items = processSchema(def.element, ctx, {
			...params,
			path: [...params.path, "items"]
		});
	};
	function inputOptin(schema) {
		const def = schema._zod.def;
		if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
		if (def.type === "catch") return inputOptin(def.innerType);
		return schema._zod.optin;
	}
	const objectProcessor = (schema, ctx, _json, params) => {
		const json = _json;
		const def = schema._zod.def;
		const shape = def.shape;
		if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
		json.type = "object";
		json.properties = {};
		for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
			...params,
			path: [
				...params.path,
				"properties",
				key
			]
		}));
		const requiredKeys = [];
		for (const key of Object.keys(shape)) {
			const field = def.shape[key];
			if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
		}
		if (requiredKeys.length > 0) json.required = requiredKeys;
		if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
		else if (!def.catchall) {
			if (ctx.io === "output") json.additionalProperties = false;
		} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
			...params,
			path: [...params.path, "additionalProperties"]
		});
	};
	const unionProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		const isExclusive = def.inclusive === false;
		const options = def.options.map((x, i) => processSchema(x, ctx, {
			...params,
			path: [
				...params.path,
				isExclusive ? "oneOf" : "anyOf",
				i
			]
		}));
		if (isExclusive) json.oneOf = options;
		else json.anyOf = options;
	};
	const intersectionProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		const a = processSchema(def.left, ctx, {
			...params,
			path: [
				...params.path,
				"allOf",
				0
			]
		});
		const b = processSchema(def.right, ctx, {
			...params,
			path: [
				...params.path,
				"allOf",
				1
			]
		});
		const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
		const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
		json.allOf = allOf;
		ctx.intersections.push(allOf);
	};
	const nullableProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		const inner = processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		if (ctx.target === "openapi-3.0") {
			seen.ref = def.innerType;
			json.nullable = true;
		} else json.anyOf = [inner, { type: "null" }];
	};
	const nonoptionalProcessor = (schema, ctx, _json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
	};
	/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
	* A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
	* unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
	const UNREPRESENTABLE_DEFAULT = Symbol();
	function serializeDefaultValue(value, schema, ctx, json, params) {
		let unrepresentable = false;
		const serialized = JSON.stringify(value, (_, val) => {
			if (typeof val !== "bigint") return val;
			unrepresentable = true;
			return null;
		});
		if (!unrepresentable) return JSON.parse(serialized);
		handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
		return UNREPRESENTABLE_DEFAULT;
	}
	const defaultProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
		if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
	};
	const prefaultProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		if (ctx.io !== "input") return;
		const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
		if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
	};
	const catchProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		let catchValue;
		try {
			catchValue = def.catchValue(void 0);
		} catch {
			handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
			return;
		}
		json.default = catchValue;
	};
	const pipeProcessor = (schema, ctx, _json, params) => {
		const def = schema._zod.def;
		const inIsTransform = def.in._zod.traits.has("$ZodTransform");
		const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
		processSchema(innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = innerType;
	};
	const readonlyProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		json.readOnly = true;
	};
	const optionalProcessor = (schema, ctx, _json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
	};
	// node_modules/zod/v4/classic/errors.js
	const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
	function _lazyMethod(proto, key, make) {
		Object.defineProperty(proto, key, {
			configurable: true,
			enumerable: false,
			get() {
				const value = make(this);
				Object.defineProperty(this, key, {
					value,
					configurable: true,
					writable: true
				});
				return value;
			},
			set(value) {
				Object.defineProperty(this, key, {
					value,
					configurable: true,
					writable: true
				});
			}
		});
	}
	const initializer = (inst, issues) => {
		$ZodError.init(inst, issues);
		inst.name = "ZodError";
		const proto = Object.getPrototypeOf(inst);
		if (_installedErrorProtos.has(proto)) return;
		_installedErrorProtos.add(proto);
		_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
		_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
		_lazyMethod(proto, "addIssue", (self) => (issue) => {
			self.issues.push(issue);
			self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
		});
		_lazyMethod(proto, "addIssues", (self) => (issues) => {
			self.issues.push(...issues);
			self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
		});
		Object.defineProperty(proto, "isEmpty", {
			configurable: true,
			enumerable: false,
			get() {
				return this.issues.length === 0;
			}
		});
	};
	const ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, void 0, { Parent: Error });
	// node_modules/zod/v4/classic/parse.js
	const parse = /* @__PURE__ */ _parse(ZodRealError);
	const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
	const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
	const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
	const encode = /* @__PURE__ */ _encode(ZodRealError);
	const decode = /* @__PURE__ */ _decode(ZodRealError);
	const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
	const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
	const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
	const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
	const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
	const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
	// node_modules/zod/v4/classic/schemas.js
	function _ensureDefaultLocale() {
		if (!globalConfig.localeError) config(en_default());
	}
	function _ensureDefaultMemoizer() {
		if (!globalConfig.memoizer) config({ memoizer: memoizer() });
	}
	const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
		_ensureDefaultLocale();
		$ZodType.init(inst, def);
		inst.def = def;
		inst.type = def.type;
		return inst;
	}, {
		check(...chks) {
			const def = this.def;
			return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
				check: ch,
				def: { check: "custom" },
				onattach: []
			} } : ch)] }), { parent: true });
		},
		with(...chks) {
			return this.check(...chks);
		},
		clone(def, params) {
			return clone(this, def, params);
		},
		brand() {
			return this;
		},
		register(reg, meta) {
			reg.add(this, meta);
			return this;
		},
		refine(check, params) {
			return this.check(refine(check, params));
		},
		superRefine(refinement, params) {
			return this.check(superRefine(refinement, params));
		},
		overwrite(fn) {
			return this.check(/* @__PURE__ */ _overwrite(fn));
		},
		optional() {
			return optional(this);
		},
		exactOptional() {
			return exactOptional(this);
		},
		nullable() {
			return nullable(this);
		},
		nullish() {
			return optional(nullable(this));
		},
		nonoptional(params) {
			return nonoptional(this, params);
		},
		array() {
			return array(this);
		},
		or(arg) {
			return union([this, arg]);
		},
		and(arg) {
			return intersection(this, arg);
		},
		transform(tx) {
			return pipe(this, transform(tx));
		},
		default(d) {
			return _default(this, d);
		},
		prefault(d) {
			return prefault(this, d);
		},
		catch(params) {
			return _catch(this, params);
		},
		pipe(target) {
			return pipe(this, target);
		},
		readonly() {
			return readonly(this);
		},
		describe(description) {
			const cl = this.clone();
			globalRegistry.add(cl, { description });
			return cl;
		},
		meta(...args) {
			if (args.length === 0) return globalRegistry.get(this);
			const cl = this.clone();
			globalRegistry.add(cl, args[0]);
			return cl;
		},
		isOptional() {
			return this.safeParse(void 0).success;
		},
		isNullable() {
			return this.safeParse(null).success;
		},
		apply(fn, ...args) {
			return args.length === 0 ? fn(this) : fn(this, ...args);
		},
		get "~standard"() {
			return hide(this, "~standard", {
				...standardProps(this),
				jsonSchema: {
					input: createStandardJSONSchemaMethod(this, "input"),
					output: createStandardJSONSchemaMethod(this, "output")
				}
			});
		},
		set "~standard"(value) {
			own(this, "~standard", value);
		},
		parse: function _parse(data, params) {
			return parse(this, data, params, { callee: _parse });
		},
		parseAsync: async function _parseAsync(data, params) {
			return await parseAsync(this, data, params, { callee: _parseAsync });
		},
		safeParse(data, params) {
			return safeParse(this, data, params);
		},
		async safeParseAsync(data, params) {
			return safeParseAsync(this, data, params);
		},
		get spa() {
			return this?.safeParseAsync;
		},
		set spa(value) {
			own(this, "spa", value);
		},
		validate(data, params) {
			return validate(this, data, params);
		},
		validateAsync(data, params) {
			return validateAsync$1(this, data, params);
		},
		encode: function _encode(data, params) {
			return encode(this, data, params, { callee: _encode });
		},
		decode: function _decode(data, params) {
			return decode(this, data, params, { callee: _decode });
		},
		encodeAsync: async function _encodeAsync(data, params) {
			return await encodeAsync(this, data, params, { callee: _encodeAsync });
		},
		decodeAsync: async function _decodeAsync(data, params) {
			return await decodeAsync(this, data, params, { callee: _decodeAsync });
		},
		safeEncode(data, params) {
			return safeEncode(this, data, params);
		},
		safeDecode(data, params) {
			return safeDecode(this, data, params);
		},
		async safeEncodeAsync(data, params) {
			return safeEncodeAsync(this, data, params);
		},
		async safeDecodeAsync(data, params) {
			return safeDecodeAsync(this, data, params);
		},
		toJSONSchema(params) {
			return createToJSONSchemaMethod(this, {})(params);
		},
		get description() {
			return globalRegistry.get(this)?.description;
		},
		get _def() {
			return this._zod.def;
		}
	});
	/** @internal */
	const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
		$ZodString.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
	}, /*@__PURE__*/ derived({
		format: (inst) => aggregateChecks(inst).format ?? null,
		minLength: (inst) => aggregateChecks(inst).minimum ?? null,
		maxLength: (inst) => aggregateChecks(inst).maximum ?? null
	}, {
		regex(...args) {
			return this.check(/* @__PURE__ */ _regex(...args));
		},
		includes(...args) {
			return this.check(/* @__PURE__ */ _includes(...args));
		},
		startsWith(...args) {
			return this.check(/* @__PURE__ */ _startsWith(...args));
		},
		endsWith(...args) {
			return this.check(/* @__PURE__ */ _endsWith(...args));
		},
		min(...args) {
			return this.check(/* @__PURE__ */ _minLength(...args));
		},
		max(...args) {
			return this.check(/* @__PURE__ */ _maxLength(...args));
		},
		length(...args) {
			return this.check(/* @__PURE__ */ _length(...args));
		},
		nonempty(...args) {
			return this.check(/* @__PURE__ */ _minLength(1, ...args));
		},
		lowercase(params) {
			return this.check(/* @__PURE__ */ _lowercase(params));
		},
		uppercase(params) {
			return this.check(/* @__PURE__ */ _uppercase(params));
		},
		trim() {
			return this.check(/* @__PURE__ */ _trim());
		},
		normalize(...args) {
			return this.check(/* @__PURE__ */ _normalize(...args));
		},
		toLowerCase() {
			return this.check(/* @__PURE__ */ _toLowerCase());
		},
		toUpperCase() {
			return this.check(/* @__PURE__ */ _toUpperCase());
		},
		slugify() {
			return this.check(/* @__PURE__ */ _slugify());
		}
	}));
	const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
		$ZodString.init(inst, def);
		_ZodString.init(inst, def);
	}, {
		email(params) {
			return this.check(/* @__PURE__ */ _email(ZodEmail, params));
		},
		url(params) {
			return this.check(/* @__PURE__ */ _url(ZodURL, params));
		},
		jwt(params) {
			return this.check(/* @__PURE__ */ _jwt(ZodJWT, params));
		},
		emoji(params) {
			return this.check(/* @__PURE__ */ _emoji(ZodEmoji, params));
		},
		guid(params) {
			return this.check(/* @__PURE__ */ _guid(ZodGUID, params));
		},
		uuid(params) {
			return this.check(/* @__PURE__ */ _uuid(ZodUUID, params));
		},
		uuidv4(params) {
			return this.check(/* @__PURE__ */ _uuidv4(ZodUUID, params));
		},
		uuidv6(params) {
			return this.check(/* @__PURE__ */ _uuidv6(ZodUUID, params));
		},
		uuidv7(params) {
			return this.check(/* @__PURE__ */ _uuidv7(ZodUUID, params));
		},
		nanoid(params) {
			return this.check(/* @__PURE__ */ _nanoid(ZodNanoID, params));
		},
		cuid(params) {
			return this.check(/* @__PURE__ */ _cuid(ZodCUID, params));
		},
		cuid2(params) {
			return this.check(/* @__PURE__ */ _cuid2(ZodCUID2, params));
		},
		ulid(params) {
			return this.check(/* @__PURE__ */ _ulid(ZodULID, params));
		},
		base64(params) {
			return this.check(/* @__PURE__ */ _base64(ZodBase64, params));
		},
		base64url(params) {
			return this.check(/* @__PURE__ */ _base64url(ZodBase64URL, params));
		},
		xid(params) {
			return this.check(/* @__PURE__ */ _xid(ZodXID, params));
		},
		ksuid(params) {
			return this.check(/* @__PURE__ */ _ksuid(ZodKSUID, params));
		},
		ipv4(params) {
			return this.check(/* @__PURE__ */ _ipv4(ZodIPv4, params));
		},
		ipv6(params) {
			return this.check(/* @__PURE__ */ _ipv6(ZodIPv6, params));
		},
		cidrv4(params) {
			return this.check(/* @__PURE__ */ _cidrv4(ZodCIDRv4, params));
		},
		cidrv6(params) {
			return this.check(/* @__PURE__ */ _cidrv6(ZodCIDRv6, params));
		},
		e164(params) {
			return this.check(/* @__PURE__ */ _e164(ZodE164, params));
		},
		datetime(params) {
			return this.check(/* @__PURE__ */ _isoDateTime(ZodISODateTime, params));
		},
		date(params) {
			return this.check(/* @__PURE__ */ _isoDate(ZodISODate, params));
		},
		time(params) {
			return this.check(/* @__PURE__ */ _isoTime(ZodISOTime, params));
		},
		duration(params) {
			return this.check(/* @__PURE__ */ _isoDuration(ZodISODuration, params));
		}
	});
	function string(params) {
		return /* @__PURE__ */ _string(ZodString, params);
	}
	const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
		$ZodStringFormat.init(inst, def);
		_ZodString.init(inst, def);
	});
	const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
		$ZodISODateTime.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
		$ZodISODate.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
		$ZodISOTime.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
		$ZodISODuration.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
		$ZodEmail.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
		$ZodGUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
		$ZodUUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
		$ZodURL.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	function url(params) {
		return /* @__PURE__ */ _url(ZodURL, params);
	}
	const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
		$ZodEmoji.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
		$ZodNanoID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	/**
	* @deprecated CUID v1 is deprecated by its authors due to information leakage
	* (timestamps embedded in the id). Use {@link ZodCUID2} instead.
	* See https://github.com/paralleldrive/cuid.
	*/
	const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
		$ZodCUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
		$ZodCUID2.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
		$ZodULID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
		$ZodXID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
		$ZodKSUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
		$ZodIPv4.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
		$ZodIPv6.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
		$ZodCIDRv4.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
		$ZodCIDRv6.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
		$ZodBase64.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
		$ZodBase64URL.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
		$ZodE164.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
		$ZodJWT.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
		$ZodBoolean.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
	});
	function boolean(params) {
		return /* @__PURE__ */ _boolean(ZodBoolean, params);
	}
	const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
		$ZodUnknown.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => void 0;
	});
	function unknown() {
		return /* @__PURE__ */ _unknown(ZodUnknown);
	}
	const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
		$ZodNever.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
	});
	function never(params) {
		return /* @__PURE__ */ _never(ZodNever, params);
	}
	const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
		_ensureDefaultMemoizer();
		$ZodArray.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
		inst.element = def.element;
	}, {
		min(n, params) {
			return this.check(/* @__PURE__ */ _minLength(n, params));
		},
		nonempty(params) {
			return this.check(/* @__PURE__ */ _minLength(1, params));
		},
		max(n, params) {
			return this.check(/* @__PURE__ */ _maxLength(n, params));
		},
		length(n, params) {
			return this.check(/* @__PURE__ */ _length(n, params));
		},
		unwrap() {
			return this.element;
		}
	});
	function array(element, params) {
		return /* @__PURE__ */ _array(ZodArray, element, params);
	}
	const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
		_ensureDefaultMemoizer();
		$ZodObjectJIT.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
		installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
	}, {
		keyof() {
			return _enum(Object.keys(this._zod.def.shape));
		},
		catchall(catchall) {
			return this.clone(mergeDefs(this._zod.def, { catchall }));
		},
		passthrough() {
			return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
		},
		loose() {
			return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
		},
		strict() {
			return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
		},
		strip() {
			return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
		},
		extend(incoming) {
			return extend(this, incoming);
		},
		safeExtend(incoming) {
			return safeExtend(this, incoming);
		},
		merge(other) {
			return merge(this, other);
		},
		pick(mask) {
			return pick(this, mask);
		},
		omit(mask) {
			return omit(this, mask);
		},
		partial(...args) {
			return partial(ZodOptional, this, args[0]);
		},
		exactPartial(...args) {
			return partial(ZodExactOptional, this, args[0], "exactPartial");
		},
		required(...args) {
			return required(ZodNonOptional, this, args[0]);
		}
	});
	function strictObject(shape, params) {
		return new ZodObject({
			type: "object",
			shape,
			catchall: never(),
			...normalizeParams(params)
		});
	}
	const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
		$ZodUnion.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
		inst.options = def.options;
	});
	function union(options, params) {
		return new ZodUnion({
			type: "union",
			options,
			...normalizeParams(params)
		});
	}
	const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
		$ZodIntersection.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
	});
	function intersection(left, right) {
		return new ZodIntersection({
			type: "intersection",
			left,
			right
		});
	}
	const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
		$ZodEnum.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
		inst.enum = def.entries;
		inst.options = [...inst._zod.values];
		const keys = new Set(Object.keys(def.entries));
		inst.extract = (values, params) => {
			const newEntries = {};
			for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
			else throw new Error(`Key ${value} not found in enum`);
			return new ZodEnum({
				...def,
				checks: [],
				...normalizeParams(params),
				entries: newEntries
			});
		};
		inst.exclude = (values, params) => {
			const newEntries = { ...def.entries };
			for (const value of values) if (keys.has(value)) delete newEntries[value];
			else throw new Error(`Key ${value} not found in enum`);
			return new ZodEnum({
				...def,
				checks: [],
				...normalizeParams(params),
				entries: newEntries
			});
		};
	});
	function _enum(values, params) {
		const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
		return new ZodEnum({
			type: "enum",
			entries,
			...normalizeParams(params)
		});
	}
	const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
		_ensureDefaultMemoizer();
		$ZodTransform.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
		inst._zod.parse = (payload, _ctx) => {
			if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
			payload.addIssue = (issue$1) => {
				if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
				else {
					const _issue = issue$1;
					if (_issue.fatal) _issue.continue = false;
					_issue.code ?? (_issue.code = "custom");
					if (!("input" in _issue)) _issue.input = payload.value;
					_issue.inst ?? (_issue.inst = inst);
					payload.issues.push(issue(_issue));
				}
			};
			const output = def.transform(payload.value, payload);
			if (output instanceof Promise) return output.then((output) => {
				payload.value = output;
				return payload;
			});
			payload.value = output;
			return payload;
		};
	});
	function transform(fn) {
		return new ZodTransform({
			type: "transform",
			transform: fn
		});
	}
	const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
		$ZodOptional.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	function optional(innerType) {
		return new ZodOptional({
			type: "optional",
			innerType
		});
	}
	const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
		$ZodExactOptional.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	function exactOptional(innerType) {
		return new ZodExactOptional({
			type: "optional",
			innerType
		});
	}
	const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
		$ZodNullable.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	function nullable(innerType) {
		return new ZodNullable({
			type: "nullable",
			innerType
		});
	}
	const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
		$ZodDefault.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
		inst.removeDefault = inst.unwrap;
	});
	function _default(innerType, defaultValue) {
		return new ZodDefault({
			type: "default",
			innerType,
			get defaultValue() {
				return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
			}
		});
	}
	const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
		$ZodPrefault.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	function prefault(innerType, defaultValue) {
		return new ZodPrefault({
			type: "prefault",
			innerType,
			get defaultValue() {
				return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
			}
		});
	}
	const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
		$ZodNonOptional.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	function nonoptional(innerType, params) {
		return new ZodNonOptional({
			type: "nonoptional",
			innerType,
			...normalizeParams(params)
		});
	}
	const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
		$ZodCatch.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
		inst.removeCatch = inst.unwrap;
	});
	function _catch(innerType, catchValue) {
		return new ZodCatch({
			type: "catch",
			innerType,
			catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
		});
	}
	const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
		$ZodPipe.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
		inst.in = def.in;
		inst.out = def.out;
	});
	function pipe(in_, out) {
		return new ZodPipe({
			type: "pipe",
			in: in_,
			out
		});
	}
	const ZodPreprocess = /*@__PURE__*/ $constructor("ZodPreprocess", (inst, def) => {
		ZodPipe.init(inst, def);
		$ZodPreprocess.init(inst, def);
	});
	const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
		$ZodReadonly.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	function readonly(innerType) {
		return new ZodReadonly({
			type: "readonly",
			innerType
		});
	}
	const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
		$ZodCustom.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
	});
	function refine(fn, _params = {}) {
		return /* @__PURE__ */ _refine(ZodCustom, fn, _params);
	}
	function superRefine(fn, params) {
		return /* @__PURE__ */ _superRefine(fn, params);
	}
	function preprocess(fn, schema) {
		return new ZodPreprocess({
			type: "pipe",
			in: transform(fn),
			out: schema
		});
	}
	// src/model/schema.ts
	const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
	const RELATION_ID = /^[a-z0-9]+(?:[-_]{1,2}[a-z0-9]+)*$/;
	const SOURCE_ID = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;
	const nonEmpty = (what) => string().trim().min(1, `${what} must not be empty`);
	/** YAML reads an unquoted year (2025) as a number: accept it and treat it as the string "2025". */
	const partialDate = preprocess((v) => typeof v === "number" && Number.isInteger(v) ? String(v) : v, string().refine(isPartialDate, { message: "expected an ISO 8601 date: \"2025\", \"2025-05\" or \"2025-05-08\"" }));
	/** A text in both languages; a plain string (English only) is still read, but the validator warns. */
	const bilingualText = union([string().trim().min(1, "text must not be empty"), strictObject({
		en: nonEmpty("en"),
		ja: nonEmpty("ja")
	})]);
	const sourceSchema = strictObject({
		id: string().regex(SOURCE_ID, "expected an id of letters, digits, \"-\" and \"_\""),
		/** seed: one of ../shared/seeds; article: text in graph-data/texts/<id>.txt; reference: a url. */
		kind: _enum([
			"seed",
			"article",
			"reference"
		]),
		title: nonEmpty("title"),
		publisher: nonEmpty("publisher"),
		date: partialDate,
		language: string().regex(/^[a-z]{2}$/, "expected a two-letter language code such as ja or en"),
		url: url({
			protocol: /^https?$/,
			message: "expected an http(s) URL"
		}).optional(),
		/** A seed whose facts nothing verifies (AI-generated or unattributed text): a `confirmed` relation
		* resting on it alone needs an attributed, dated `statement` on its evidence. */
		unverified: boolean().optional(),
		note: bilingualText.optional()
	});
	const actorSchema = strictObject({
		id: string().regex(SLUG, "expected a kebab-case slug such as \"north-korea\"").refine((id) => !isReservedNodeId(id), { error: (iss) => reservedNodeIdMessage(String(iss.input)) }),
		kind: _enum(ACTOR_KINDS),
		name: strictObject({
			en: nonEmpty("name.en"),
			ja: nonEmpty("name.ja")
		}),
		aliases: array(nonEmpty("alias")).default([]),
		role: nonEmpty("role").optional(),
		iso: string().regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code such as \"JPN\"").optional(),
		description: string().optional(),
		/** When the actor came into being / ceased to exist (the Soviet Union: end "1991-12-26"). */
		start: partialDate.optional(),
		end: partialDate.optional(),
		/** The reference source (sources.yaml id) for start/end; required when either is given. */
		dateSource: string().min(1).optional()
	});
	const evidenceSchema = strictObject({
		source: string().min(1, "evidence.source must name a source id"),
		quote: string().trim().min(1, "quote must not be empty").max(300, "quote longer than 300 characters").optional(),
		url: url({
			protocol: /^https?$/,
			message: "expected an http(s) URL"
		}).optional(),
		/** English rendering or gloss of the quote. */
		note: string().optional(),
		/** The quote is a statement attributed to `by` (an actor id) and dated `date` by the source. */
		statement: strictObject({
			by: nonEmpty("statement.by"),
			date: partialDate
		}).optional(),
		/** Why the same quote also backs another relation (of a different type) between the same pair. */
		sharedReason: nonEmpty("sharedReason").optional()
	});
	const relationSchema = strictObject({
		id: string().regex(RELATION_ID, "expected an id such as \"russia--partnership--china\""),
		source: string().min(1),
		target: string().min(1),
		type: _enum(RELATION_TYPES),
		status: _enum(STATUSES),
		certainty: _enum(CERTAINTIES),
		start: partialDate.optional(),
		end: partialDate.optional(),
		role: string().optional(),
		/** Who added the relation and when (the curation mode sets it), for "added since" review. */
		added: strictObject({
			by: nonEmpty("added.by"),
			at: partialDate
		}).optional(),
		/** Actors taking part on either side (the members of two delegations meeting): one fact, one relation. */
		participants: array(nonEmpty("participant")).optional(),
		note: bilingualText.optional(),
		/** The reference source (sources.yaml id) for start/end when the quoted paragraphs do not state them. */
		dateSource: string().min(1).optional(),
		evidence: array(evidenceSchema).min(1, "every relation needs at least one evidence item")
	});
	// src/model/validate-fidelity.ts
	function referenceCheck(sources) {
		return (id) => id !== void 0 && sources.get(id)?.value.kind === "reference";
	}
	/** Actors: a lifetime needs a reference source and must be in order. */
	function checkActorDates(input, report) {
		const isReference = referenceCheck(input.sources);
		for (const { item, value: actor } of input.actors.values()) {
			const label = `actor "${actor.id}"`;
			if ((actor.start || actor.end) && !actor.dateSource) report(item, [actor.start ? "start" : "end"], `${label}: start/end need a reference source: add dateSource naming a reference in sources.yaml`);
			if (actor.dateSource && !isReference(actor.dateSource)) report(item, ["dateSource"], `${label}: dateSource "${actor.dateSource}" is not a reference source in sources.yaml`);
			if (actor.start && actor.end && lowerBound(actor.start) > upperBound(actor.end)) report(item, ["end"], `${label}: end "${actor.end}" is before start "${actor.start}"`);
		}
	}
	/** Relations: outside dates, lifetimes of their ends, one quote one fact, unverified seeds, notes. */
	function checkRelationFidelity(input, report) {
		const { sources, actors, relations } = input;
		const isReference = referenceCheck(sources);
		const seenQuotes = /* @__PURE__ */ new Map();
		for (const { item, value: rel } of relations) {
			const label = `relation "${rel.id}"`;
			if (rel.dateSource !== void 0 && !isReference(rel.dateSource)) report(item, ["dateSource"], `${label}: dateSource "${rel.dateSource}" is not a reference source in sources.yaml`);
			const hasReference = rel.dateSource !== void 0 || rel.evidence.some((e) => isReference(e.source));
			const readable = rel.evidence.some((ev) => {
				const text = input.texts.get(ev.source);
				return !!text && !!ev.quote && paragraphOf(text, ev.quote, input.normalize) !== void 0;
			});
			if (!hasReference && readable) for (const field of ["start", "end"]) {
				const date = rel[field];
				if (!date) continue;
				if (!rel.evidence.some((ev) => {
					const text = input.texts.get(ev.source);
					const source = sources.get(ev.source)?.value;
					if (!text || !ev.quote || !source) return false;
					const paragraph = paragraphOf(text, ev.quote, input.normalize);
					return paragraph !== void 0 && dateStated(date, paragraph, source.date);
				})) report(item, [field], `${label}: ${field} "${date}" is not stated in the paragraph of any of its quotes; name a reference source in dateSource (sources.yaml) or drop the date`);
			}
			(rel.participants ?? []).forEach((id, i) => {
				if (!actors.has(id)) report(item, ["participants", i], `${label}: participant "${id}" is not a known actor id`);
			});
			for (const end of ["source", "target"]) {
				const actor = actors.get(rel[end])?.value;
				if (!actor) continue;
				if (actor.end && rel.start && lowerBound(rel.start) > upperBound(actor.end)) report(item, ["start"], `${label}: starts "${rel.start}" after ${end} "${actor.id}" ended ("${actor.end}")`);
				if (actor.start && rel.end && upperBound(rel.end) < lowerBound(actor.start)) report(item, ["end"], `${label}: ends "${rel.end}" before ${end} "${actor.id}" began ("${actor.start}")`);
			}
			const pair = [rel.source, rel.target].sort().join("|");
			rel.evidence.forEach((ev, i) => {
				if (!ev.quote) return;
				const key = `${pair}|${ev.source}|${input.normalize(ev.quote)}`;
				const first = seenQuotes.get(key);
				if (!first) {
					seenQuotes.set(key, {
						rel,
						item,
						shared: ev.sharedReason !== void 0
					});
					return;
				}
				if (first.rel.id === rel.id) return;
				const where = first.item.lineOf() > 0 ? `${first.item.file}:${first.item.lineOf()}` : first.item.pathOf();
				if (first.rel.type === rel.type) report(item, [
					"evidence",
					i,
					"quote"
				], `${label}: the same quote already backs ${first.rel.type} relation "${first.rel.id}" of the same actors (${where}); one fact is one relation: merge them`);
				else if (!first.shared && ev.sharedReason === void 0) report(item, [
					"evidence",
					i,
					"quote"
				], `${label}: the same quote already backs relation "${first.rel.id}" (${first.rel.type}) of the same actors (${where}); merge them, or give sharedReason saying why both types hold`);
			});
			if (rel.certainty === "confirmed") {
				const evSources = rel.evidence.map((ev) => sources.get(ev.source)?.value);
				if (evSources.length > 0 && evSources.every((s) => (s?.kind === "seed" || s?.kind === "article") && s.unverified === true) && !rel.evidence.some((ev) => ev.statement)) report(item, ["certainty"], `${label}: confirmed, but its only sources (${[...new Set(rel.evidence.map((ev) => ev.source))].join(", ")}) are unverified seeds; mark it reported, or give its evidence an attributed, dated statement (statement: { by: <actor id>, date: <date> })`);
			}
			rel.evidence.forEach((ev, i) => {
				if (ev.statement && !actors.has(ev.statement.by)) report(item, [
					"evidence",
					i,
					"statement",
					"by"
				], `${label}: statement.by "${ev.statement.by}" is not a known actor id`);
			});
			if (input.bilingualNotes && typeof rel.note === "string") report(item, ["note"], `${label}: note has no Japanese text; write note: { en: ..., ja: ... }`, "warning");
		}
		if (input.bilingualNotes) {
			for (const { item, value } of sources.values()) if (typeof value.note === "string") report(item, ["note"], `source "${value.id}": note has no Japanese text; write note: { en: ..., ja: ... }`, "warning");
		}
	}
	const linesCache = /* @__PURE__ */ new WeakMap();
	/** The paragraph (line) of `text` that holds `quote`; the whole text when the quote spans lines. */
	function paragraphOf(text, quote, normalize) {
		let byText = linesCache.get(normalize);
		if (!byText) linesCache.set(normalize, byText = /* @__PURE__ */ new Map());
		let lines = byText.get(text);
		if (!lines) {
			lines = text.split(/\n/).map((raw) => ({
				raw,
				norm: normalize(raw)
			}));
			lines.push({
				raw: text,
				norm: normalize(text)
			});
			byText.set(text, lines);
		}
		const q = normalize(quote);
		return lines.find((l) => l.norm.includes(q))?.raw;
	}
	/**
	* Whether a Japanese paragraph states a partial ISO date: 「2025年12月2日」, 「12月2日」 or 「2日」 (when
	* the source is of that year / month), 「2025年3月」 or 「3月」 (same year), 「2025年」, 「(1944)」 or 「今年」.
	*/
	function dateStated(date, paragraph, sourceDate) {
		const d = parsePartialDate(date);
		const src = parsePartialDate(sourceDate);
		if (!d) return false;
		if (src?.day !== void 0 && date === sourceDate) return true;
		const text = paragraph.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 65248));
		const num = (n) => `(?<![0-9])0?${n}`;
		const yearGiven = new RegExp(`(?<![0-9])${d.year}(?![0-9])`).test(text);
		const sameYear = yearGiven || src?.year === d.year;
		if (d.month === void 0) return yearGiven || src?.year === d.year && /今年|本年/.test(text);
		if (!sameYear) return false;
		if (d.day === void 0) return new RegExp(`${num(d.month)}月`).test(text);
		if (new RegExp(`${num(d.month)}月${num(d.day)}(?:日|[~〜～–-])`).test(text)) return true;
		if (new RegExp(`${num(d.month)}月[0-9]+[~〜～–-]${num(d.day)}日`).test(text)) return true;
		return src?.month === d.month && new RegExp(`(?<![0-9月])${num(d.day)}日`).test(text);
	}
	// src/model/validate.ts
	const SCHEMAS = {
		sources: sourceSchema,
		actors: actorSchema,
		relations: relationSchema
	};
	const SINGULAR = {
		sources: "source",
		actors: "actor",
		relations: "relation"
	};
	/** Collapses runs of white space so that a quote may differ from the text in spacing only. */
	function normalizeSpace(text) {
		return text.replace(/[\s\u3000]+/g, " ").trim();
	}
	function validateItems(items, options = {}) {
		const actorsIncomplete = options.unreadableActorFiles ?? 0;
		const problems = [];
		const report = (item, path, message, severity = "error") => {
			const line = item.lineOf(path);
			problems.push({
				file: item.file,
				line,
				path: line > 0 ? void 0 : item.pathOf(path),
				message,
				severity
			});
		};
		const invalidIds = {
			sources: /* @__PURE__ */ new Set(),
			actors: /* @__PURE__ */ new Set(),
			relations: /* @__PURE__ */ new Set()
		};
		const parsed = {
			sources: [],
			actors: [],
			relations: []
		};
		for (const item of items) {
			const result = SCHEMAS[item.section].safeParse(item.value, { reportInput: true });
			const label = describeItem(item);
			if (!result.success) {
				const id = item.value?.id;
				if (typeof id === "string") invalidIds[item.section].add(id);
				for (const issue of result.error.issues) {
					const path = issue.path.filter((k) => typeof k !== "symbol");
					report(item, path, `${label}: ${path.length ? `${joinPath(path)}: ` : ""}${issueMessage(issue)}`);
				}
				continue;
			}
			parsed[item.section].push({
				item,
				value: result.data
			});
		}
		const byId = {
			sources: uniqueIndex(parsed.sources, report),
			actors: uniqueIndex(parsed.actors, report),
			relations: uniqueIndex(parsed.relations, report)
		};
		for (const { item, value } of parsed.sources) {
			if (value.kind === "article" && !options.articleTexts?.has(value.id)) report(item, ["id"], `source "${value.id}": an article needs its text in texts/${value.id}.txt`);
			if (value.kind === "seed" && options.seedTexts && !options.seedTexts.has(value.id)) report(item, ["id"], `source "${value.id}": no seed text file "${value.id}.txt" in the seeds folder`, "warning");
		}
		for (const { item, value: rel } of parsed.relations) {
			const label = `relation "${rel.id}"`;
			for (const end of ["source", "target"]) {
				const actorId = rel[end];
				const actor = byId.actors.get(actorId)?.value;
				if (!actor) {
					if (actorsIncomplete > 0 || invalidIds.actors.has(actorId)) continue;
					report(item, [end], `${label}: ${end} "${actorId}" is not a known actor id${suggest(actorId, byId.actors)}`);
					continue;
				}
				const allowed = allowedKinds(rel.type, end);
				if (!allowed.includes(actor.kind)) report(item, [end], `${label}: ${end} "${actorId}" is ${article(actor.kind)} ${actor.kind}, but a ${rel.type} ${end} must be ${orList(allowed)}`);
			}
			if (rel.source === rel.target) report(item, ["target"], `${label}: source and target are the same actor "${rel.source}"`);
			if (rel.start && rel.end && lowerBound(rel.start) > upperBound(rel.end)) report(item, ["end"], `${label}: end "${rel.end}" is before start "${rel.start}"`);
			rel.evidence.forEach((ev, i) => {
				const source = byId.sources.get(ev.source)?.value;
				if (!source) {
					if (invalidIds.sources.has(ev.source)) return;
					report(item, [
						"evidence",
						i,
						"source"
					], `${label}: evidence source "${ev.source}" is not listed in sources.yaml`);
					return;
				}
				if (source.kind === "seed" || source.kind === "article") {
					if (!ev.quote) {
						report(item, ["evidence", i], `${label}: evidence from ${source.kind} "${ev.source}" needs a verbatim quote`);
						return;
					}
					const text = (source.kind === "seed" ? options.seedTexts : options.articleTexts)?.get(ev.source);
					if (text !== void 0 && !normalizeSpace(text).includes(normalizeSpace(ev.quote))) report(item, [
						"evidence",
						i,
						"quote"
					], `${label}: quote not found verbatim in source "${ev.source}": "${truncate(ev.quote, 60)}"`);
				} else if (!ev.url && !source.url && !ev.quote) report(item, ["evidence", i], `${label}: evidence from reference "${ev.source}" needs a quote or a url`);
			});
		}
		const fidelity = {
			sources: byId.sources,
			actors: byId.actors,
			relations: parsed.relations,
			texts: new Map([...options.seedTexts ?? [], ...options.articleTexts ?? []]),
			bilingualNotes: options.bilingualNotes,
			normalize: normalizeSpace
		};
		checkActorDates(fidelity, report);
		checkRelationFidelity(fidelity, report);
		const represented = new Set(parsed.relations.filter((r) => r.value.type === "represents").map((r) => r.value.source));
		for (const { item, value } of parsed.actors) if (value.kind === "person" && !represented.has(value.id)) report(item, ["id"], `actor "${value.id}": person has no "represents" relation`, "warning");
		const ok = !problems.some((p) => p.severity === "error");
		problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
		return ok ? {
			ok,
			problems,
			dataset: {
				sources: parsed.sources.map((p) => p.value),
				actors: parsed.actors.map((p) => p.value),
				relations: parsed.relations.map((p) => p.value)
			}
		} : {
			ok,
			problems
		};
	}
	/** Validates an in-memory document `{ sources, actors, relations }` (for example an imported JSON file). */
	function validateDataset(input, file = "dataset", options = {}) {
		if (typeof input !== "object" || input === null || Array.isArray(input)) return {
			ok: false,
			problems: [{
				file,
				line: 0,
				message: "expected an object with \"sources\", \"actors\" and \"relations\" lists",
				severity: "error"
			}]
		};
		const doc = input;
		const parts = [
			"sources",
			"actors",
			"relations"
		].map((s) => listItems(file, s, doc[s]));
		const structural = parts.flatMap((p) => p.problems);
		if (structural.length > 0) return {
			ok: false,
			problems: structural
		};
		return validateItems(parts.flatMap((p) => p.items), options);
	}
	function uniqueIndex(list, report) {
		const index = /* @__PURE__ */ new Map();
		for (const entry of list) {
			const first = index.get(entry.value.id);
			if (first) {
				const where = first.item.lineOf() > 0 ? `${first.item.file}:${first.item.lineOf()}` : first.item.pathOf();
				report(entry.item, ["id"], `${SINGULAR[entry.item.section]} id "${entry.value.id}" is defined twice (first at ${where})`);
			} else index.set(entry.value.id, entry);
		}
		return index;
	}
	function describeItem(item) {
		const v = item.value;
		const id = v && typeof v === "object" && typeof v.id === "string" ? `"${v.id}"` : `#${item.index + 1}`;
		return `${SINGULAR[item.section]} ${id}`;
	}
	function issueMessage(issue) {
		if (issue.code === "invalid_type" && issue.input === void 0) return `missing (expected ${issue.expected})`;
		if (issue.code === "invalid_value") {
			const got = issue.input;
			return `unknown value ${JSON.stringify(got)}; expected one of ${issue.values.map((v) => String(v)).join(", ")}`;
		}
		if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
		if (!("input" in issue)) return issue.message;
		return `${issue.message}, got ${describeValue(issue.input)}`;
	}
	function joinPath(path) {
		return path.map((k, i) => typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`).join("");
	}
	function orList(values) {
		return values.length === 1 ? `${article(values[0] ?? "")} ${values[0]}` : `one of ${values.join(", ")}`;
	}
	function article(word) {
		return /^[aeiou]/.test(word) ? "an" : "a";
	}
	function truncate(text, n) {
		return text.length > n ? `${text.slice(0, n)}…` : text;
	}
	/** " (did you mean \"x\"?)" for a close id, by edit distance. */
	function suggest(id, known) {
		let best;
		let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
		for (const candidate of known.keys()) {
			const d = editDistance(id, candidate, bestDistance);
			if (d < bestDistance) {
				bestDistance = d;
				best = candidate;
			}
		}
		return best ? ` (did you mean "${best}"?)` : "";
	}
	function editDistance(a, b, cap) {
		if (Math.abs(a.length - b.length) >= cap) return cap;
		let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
		for (let i = 1; i <= a.length; i++) {
			const cur = [i];
			let rowMin = i;
			for (let j = 1; j <= b.length; j++) {
				const cost = a[i - 1] === b[j - 1] ? 0 : 1;
				const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
				cur.push(v);
				rowMin = Math.min(rowMin, v);
			}
			if (rowMin >= cap) return cap;
			prev = cur;
		}
		return prev[b.length] ?? cap;
	}
	// src/io/dataset.ts
	const isDatasetLike = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && ("actors" in v || "relations" in v || "sources" in v);
	/**
	* Imports an already parsed document. `text` (the file's text) is used to turn element paths
	* such as "relations[3].evidence[0].quote" into line numbers.
	*/
	function importDataset(value, text, file, syntax) {
		const format = syntax === "yaml" ? "alignmap-yaml" : "alignmap-json";
		const result = validateDataset(value, file);
		const locate = lineLocator(text);
		const toProblem = (p) => ({
			where: p.line > 0 ? `line ${p.line}` : p.path ? locate(p.path) ?? p.path : "file",
			message: p.message
		});
		const errors = result.problems.filter((p) => p.severity === "error").map(toProblem);
		const warnings = result.problems.filter((p) => p.severity === "warning").map(toProblem);
		if (!result.ok || !result.dataset) return {
			ok: false,
			errors: errors.length ? errors : [{
				where: "file",
				message: "the dataset is not valid"
			}],
			warnings,
			format
		};
		if (result.dataset.actors.length === 0) return {
			ok: false,
			errors: [{
				where: "file",
				message: "expected at least one actor in \"actors\""
			}],
			warnings,
			format
		};
		const graph = buildGraph(result.dataset, file);
		graph.mergeAttributes({
			origin: "import",
			importFormat: format
		});
		return {
			ok: true,
			graph,
			warnings,
			format
		};
	}
	/** Parses YAML (or JSON, which is YAML) with line numbers; syntax errors name their line. */
	function parseYamlText(text) {
		const lineCounter = new LineCounter();
		const doc = parseDocument(text, {
			lineCounter,
			prettyErrors: false,
			uniqueKeys: true
		});
		if (doc.errors.length > 0) return {
			ok: false,
			errors: doc.errors.slice(0, 20).map((err) => ({
				where: `line ${lineCounter.linePos(err.pos[0]).line}`,
				message: `YAML syntax error: ${yamlMessage(err.message)}`
			}))
		};
		try {
			return {
				ok: true,
				value: doc.toJS({ maxAliasCount: 100 })
			};
		} catch (e) {
			return {
				ok: false,
				errors: [{
					where: "file",
					message: `YAML: ${e.message}`
				}]
			};
		}
	}
	/** The first line of a YAML error without its position; a stack overflow said plainly. */
	function yamlMessage(message) {
		const first = (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
		return /Maximum call stack size exceeded/.test(first) ? `nested too deeply for the YAML reader (${first}); expected lists and mappings a few levels deep` : first;
	}
	/** Maps "relations[3].evidence[0].quote" to "line N" by walking the YAML/JSON syntax tree. */
	function lineLocator(text) {
		let doc;
		let counter;
		return (path) => {
			if (!doc) {
				counter = new LineCounter();
				doc = parseDocument(text, {
					lineCounter: counter,
					prettyErrors: false
				});
				if (doc.errors.length > 0) return void 0;
			}
			const keys = [];
			for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== void 0 ? Number(m[2]) : m[1]);
			for (let n = keys.length; n > 0; n--) {
				const node = doc.getIn(keys.slice(0, n), true);
				if (node && (isCollection(node) || node.range)) {
					const range = node.range;
					if (range && counter) return `line ${counter.linePos(range[0]).line}`;
				}
			}
		};
	}
	// src/io/detect.ts
	/** `head`: the first few kilobytes of the file as text (or the raw bytes' text for zip). */
	function detectFormat(name, head) {
		const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
		if (head.startsWith("PK")) return "zip";
		const text = head.replace(/^\uFEFF/, "").trimStart();
		if (text.startsWith("<")) {
			const root = /<(?![?!])([A-Za-z_][\w.:-]*)/.exec(stripProlog(text))?.[1]?.toLowerCase() ?? "";
			const local = root.includes(":") ? root.slice(root.indexOf(":") + 1) : root;
			if (local === "gexf") return "gexf";
			if (local === "graphml") return "graphml";
			if (ext === "gexf") return "gexf";
			if (ext === "graphml") return "graphml";
			return null;
		}
		if (text.startsWith("{") || text.startsWith("[")) return ext === "yaml" || ext === "yml" ? "yaml" : "json";
		switch (ext) {
			case "gexf": return "gexf";
			case "graphml": return "graphml";
			case "json": return "json";
			case "yaml":
			case "yml": return "yaml";
			case "csv":
			case "tsv":
			case "txt": return "csv";
			case "zip": return "zip";
		}
		if (/^(---\s*\n)?(#[^\n]*\n\s*)*(sources|actors|relations)\s*:/m.test(text)) return "yaml";
		if (/^[^\n]*[,;\t][^\n]*\n/.test(text)) return "csv";
		return null;
	}
	function stripProlog(text) {
		return text.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*/, "");
	}
	// src/io/graphml.ts
	/** Reads GraphML (NetworkX, igraph, yEd, Gephi, ours) on the shared XML loop. */
	function parseGraphml(text, options = {}) {
		return readXmlGraph(text, options, "graphml", "graphml", graphmlHandler);
	}
	function graphmlHandler(b) {
		const keys = /* @__PURE__ */ new Map();
		let currentKey = null;
		let edgeDefault = null;
		let graphDepth = 0;
		const stack = [];
		const top = () => stack[stack.length - 1];
		let dataKey = null;
		let dataDepth = 0;
		let text = "";
		let graphicsLabel = null;
		let labelDepth = -1;
		return {
			text(t) {
				if (dataKey && dataDepth === 0) text += t;
				else if (dataKey && dataDepth === labelDepth) graphicsLabel = (graphicsLabel ?? "") + t;
				else if (currentKey) text += t;
				return false;
			},
			close(ev) {
				if (dataKey && dataDepth > 0) {
					if (dataDepth === labelDepth) labelDepth = -1;
					dataDepth--;
					return;
				}
				const p = top();
				switch (ev.local) {
					case "data":
						if (dataKey) {
							const target = p ? p.attrs : b.graphAttributes;
							if (dataKey.key?.yfiles) {
								if (graphicsLabel !== null && graphicsLabel.trim() !== "" && target.label === void 0) target.label = graphicsLabel.trim();
							} else {
								const owner = p ? describeElement(p.kind, p.xml) : "<graph>";
								storeValue(b, target, dataKey.id, text, dataKey.key, where(dataKey.line, `${owner} <data key="${dataKey.id}">`), `key "${dataKey.id}" is not declared with <key>; read as text`);
							}
							dataKey = null;
							graphicsLabel = null;
						}
						break;
					case "default":
						if (currentKey) currentKey.defaultValue = text;
						break;
					case "key":
						currentKey = null;
						break;
					case "graph":
						graphDepth--;
						break;
					case "node":
					case "edge": if (p?.kind === ev.local) {
						stack.pop();
						finishElement(b, p, keys, edgeDefault ?? "directed");
					}
				}
				text = "";
			},
			open(ev) {
				const a = ev.attrs;
				const p = top();
				if (dataKey) {
					dataDepth++;
					if ((ev.local === "NodeLabel" || ev.local === "EdgeLabel") && graphicsLabel === null) labelDepth = dataDepth;
					if (ev.local === "Geometry" && p?.kind === "node" && p.attrs.x === void 0) {
						const [x, y, w, h] = [
							"x",
							"y",
							"width",
							"height"
						].map((k) => Number(a.get(k) ?? 0));
						if ([
							x,
							y,
							w,
							h
						].every((v) => Number.isFinite(v))) {
							p.attrs.x = x + w / 2;
							p.attrs.y = -(y + h / 2);
						}
					}
					return;
				}
				text = "";
				switch (ev.local) {
					case "key": {
						const id = a.get("id");
						if (id === void 0) {
							b.error(where(ev.line, "<key>"), "expected an \"id\" attribute");
							break;
						}
						const name = a.get("attr.name") ?? id;
						currentKey = {
							name,
							type: /^[gne]\./.test(id) && id === `${id[0]}.${name}.json` ? "json" : a.get("attr.type") ?? "string",
							scope: a.get("for") ?? "all",
							yfiles: a.get("yfiles.type")
						};
						keys.set(id, currentKey);
						break;
					}
					case "graph":
						graphDepth++;
						if (graphDepth === 1) edgeDefault = a.get("edgedefault") ?? null;
						else b.warnOnce("nested", where(ev.line, describeElement("graph", a)), "nested graphs are flattened: their nodes and edges join the main graph (the parent is kept in \"parent\")");
						if (graphDepth > 1 && p?.kind === "node") p.attrs.isGroup = true;
						break;
					case "node":
						stack.push({
							kind: "node",
							line: ev.line,
							xml: a,
							attrs: p?.kind === "node" ? { parent: p.xml.get("id") } : {}
						});
						break;
					case "edge":
						stack.push({
							kind: "edge",
							line: ev.line,
							xml: a,
							attrs: {}
						});
						break;
					case "hyperedge":
						b.warnOnce("hyperedge", where(ev.line, "<hyperedge>"), "hyperedges are not supported and were skipped");
						break;
					case "data": {
						const id = a.get("key") ?? "";
						dataKey = {
							key: keys.get(id),
							id,
							line: ev.line
						};
						dataDepth = 0;
						labelDepth = -1;
						graphicsLabel = null;
						break;
					}
				}
			}
		};
	}
	/** Completes a <node> or <edge> with its keys' defaults and adds it. */
	function finishElement(b, p, keys, edgeDefault) {
		applyDefaults(p, [...keys.values()].filter((k) => !k.yfiles && (k.scope === p.kind || k.scope === "all")));
		addElement(b, p, (place) => {
			const dir = p.xml.get("directed");
			if (dir === "true") return true;
			if (dir === "false") return false;
			if (dir !== void 0) b.warn(place, `directed="${dir}" is not true or false; the graph default is used`);
			return edgeDefault === "undirected" ? false : edgeDefault === "directed" ? true : defaultDirected(p.attrs.relation);
		});
	}
	// src/io/json.ts
	const isObject$1 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
	/** Line of a character offset in a JSON.parse error message ("at position 42", "line 3 column 5"). */
	function jsonErrorWhere(text, message) {
		const lc = /line (\d+) column (\d+)/.exec(message);
		if (lc) return `line ${lc[1]}`;
		const pos = /position (\d+)/.exec(message);
		if (pos) {
			const offset = Number(pos[1]);
			let line = 1;
			for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
			return `line ${line}`;
		}
		return "file";
	}
	function parseJsonText(text) {
		try {
			return {
				ok: true,
				value: JSON.parse(text)
			};
		} catch (e) {
			const message = e.message;
			return {
				ok: false,
				where: jsonErrorWhere(text, message),
				message: `not valid JSON: ${message}`
			};
		}
	}
	const keyOf = (v) => typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : void 0;
	/** Reads an already parsed graphology export object. */
	async function importGraphologyObject(data, options = {}) {
		const slicer = new Slicer(options);
		return GraphBuilder.run("graphology-json", async (b) => {
			if (!isObject$1(data) || !Array.isArray(data.nodes)) {
				b.error("file", "expected a graphology export: an object with a \"nodes\" list (and an \"edges\" list)");
				return;
			}
			if (data.edges !== void 0 && !Array.isArray(data.edges)) {
				b.error("edges", "expected \"edges\" to be a list");
				return;
			}
			const hasOptions = isObject$1(data.options);
			const opts = isObject$1(data.options) ? data.options : {};
			const graphType = opts.type === "undirected" || opts.type === "directed" ? opts.type : "mixed";
			if (isObject$1(data.attributes)) Object.assign(b.graphAttributes, data.attributes);
			const nodes = data.nodes;
			const edges = data.edges ?? [];
			const total = nodes.length + edges.length || 1;
			for (let i = 0; i < nodes.length; i++) {
				await slicer.tick("build", i / total);
				const n = nodes[i];
				const key = isObject$1(n) ? keyOf(n.key) : void 0;
				const where = key === void 0 ? `nodes[${i}]` : `nodes[${i}] (key "${key}")`;
				if (!isObject$1(n) || key === void 0) {
					b.error(where, "expected an object with a string \"key\"");
					continue;
				}
				if (n.attributes !== void 0 && !isObject$1(n.attributes)) {
					b.error(where, "expected \"attributes\" to be an object");
					continue;
				}
				b.addNode(key, { ...n.attributes }, where);
			}
			for (let i = 0; i < edges.length; i++) {
				await slicer.tick("build", (nodes.length + i) / total);
				const e = edges[i];
				const key = isObject$1(e) ? keyOf(e.key) : void 0;
				const where = key === void 0 ? `edges[${i}]` : `edges[${i}] (key "${key}")`;
				if (!isObject$1(e)) {
					b.error(where, "expected an object with \"source\" and \"target\"");
					continue;
				}
				const source = keyOf(e.source);
				const target = keyOf(e.target);
				if (source === void 0 || target === void 0) {
					b.error(where, `expected string "source" and "target" node keys`);
					continue;
				}
				if (e.attributes !== void 0 && !isObject$1(e.attributes)) {
					b.error(where, "expected \"attributes\" to be an object");
					continue;
				}
				const attrs = { ...e.attributes };
				const directed = e.undirected === true ? false : graphType === "undirected" ? false : hasOptions || e.undirected === false ? true : defaultDirected(attrs.relation);
				b.addEdge(key, source, target, directed, attrs, where);
			}
		});
	}
	// src/io/import.ts
	const fail = (where, message, warnings = []) => ({
		ok: false,
		errors: [{
			where,
			message
		}],
		warnings
	});
	const megabytes = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
	/** One file, or an edges CSV and a nodes CSV together (picked or dropped at the same time). */
	async function importFiles(files, options = {}) {
		const maxBytes = options.maxBytes ?? 52428800;
		try {
			if (files.length === 0) return fail("file", "no file given");
			let total = 0;
			for (const f of files) {
				const size = f.bytes.byteLength;
				total += size;
				if (size > maxBytes || total > maxBytes) return fail(f.name, `the file is ${megabytes(size)}, larger than the import limit of ${megabytes(maxBytes)}; import a smaller file or a filtered export`);
			}
			options.onProgress?.({
				phase: "read",
				fraction: 0
			});
			if (files.length === 1) {
				const f = files[0];
				return await importOne(f.name, toBytes(f.bytes), options, maxBytes, true);
			}
			if (files.length === 2) {
				const texts = [];
				const warnings = [];
				for (const f of files) {
					const decoded = decodeText(toBytes(f.bytes));
					if (!decoded.ok) return fail(f.name, decoded.message);
					if (decoded.warning) warnings.push({
						where: f.name,
						message: decoded.warning
					});
					if (detectFormat(f.name, decoded.text.slice(0, 4096)) !== "csv") return fail(f.name, "two files can be imported together only as an edges CSV and a nodes CSV");
					texts.push({
						name: f.name,
						text: decoded.text
					});
				}
				return withWarnings(await importCsvPair(texts, options), warnings);
			}
			return fail("files", `${files.length} files given; expected one file, or an edges CSV and a nodes CSV`);
		} catch (e) {
			if (e instanceof ImportCancelled) return fail("file", e.message);
			return fail("file", `import: internal error: ${e.message ?? String(e)}`);
		}
	}
	function toBytes(b) {
		return b instanceof Uint8Array ? b : new Uint8Array(b);
	}
	function withWarnings(result, warnings) {
		if (warnings.length === 0) return result;
		return {
			...result,
			warnings: [...warnings, ...result.warnings]
		};
	}
	async function importOne(name, bytes, options, maxBytes, allowZip) {
		if (bytes[0] === 80 && bytes[1] === 75 && bytes[2] === 3 && bytes[3] === 4) {
			if (!allowZip) return fail(name, "a zip inside a zip is not supported");
			return importZip(name, bytes, options, maxBytes);
		}
		const decoded = decodeText(bytes);
		if (!decoded.ok) return fail(name, decoded.message);
		options.onProgress?.({
			phase: "read",
			fraction: 1
		});
		const format = detectFormat(name, decoded.text.slice(0, 4096));
		return withWarnings(await importDecoded(name, decoded.text, format, options), decoded.warning ? [{
			where: name,
			message: decoded.warning
		}] : []);
	}
	async function importDecoded(name, text, format, options) {
		switch (format) {
			case "gexf": return parseGexf(text, options);
			case "graphml": return parseGraphml(text, options);
			case "csv": return parseCsv({ edges: {
				name: "",
				text
			} }, options);
			case "json": {
				options.onProgress?.({
					phase: "parse",
					fraction: 0
				});
				const parsed = parseJsonText(text);
				if (!parsed.ok) return {
					...fail(parsed.where, parsed.message),
					format: "graphology-json"
				};
				return fromParsedObject(name, text, parsed.value, "json", options);
			}
			case "yaml": {
				options.onProgress?.({
					phase: "parse",
					fraction: 0
				});
				const parsed = parseYamlText(text);
				if (!parsed.ok) return {
					ok: false,
					errors: parsed.errors,
					warnings: [],
					format: "alignmap-yaml"
				};
				return fromParsedObject(name, text, parsed.value, "yaml", options);
			}
			case "zip": return fail(name, "expected zip bytes; import the file with importFile");
			case null: return fail(name, "unrecognised format; expected GEXF (.gexf), GraphML (.graphml), graphology JSON or an Alignmap dataset (.json, .yaml), CSV (.csv) or a zip of CSV files");
		}
	}
	async function fromParsedObject(name, text, value, syntax, options) {
		if (isDatasetLike(value)) {
			options.onProgress?.({
				phase: "validate",
				fraction: 0
			});
			return importDataset(value, text, name, syntax);
		}
		if (typeof value === "object" && value !== null && Array.isArray(value.nodes)) return importGraphologyObject(value, options);
		return fail("file", "expected a graphology export ({ \"nodes\": [...], \"edges\": [...] }) or an Alignmap dataset ({ sources, actors, relations })");
	}
	const SUPPORTED = /\.(gexf|graphml|json|ya?ml|csv|tsv|txt)$/i;
	function importZip(name, bytes, options, maxBytes) {
		let declared = 0;
		let entries;
		try {
			entries = unzipSync(bytes, { filter: (file) => {
				if (file.name.endsWith("/") || file.name.startsWith("__MACOSX/") || !SUPPORTED.test(file.name)) return false;
				declared += file.originalSize;
				if (declared > maxBytes) throw new Error(`its contents are larger than the import limit of ${megabytes(maxBytes)}`);
				return true;
			} });
		} catch (e) {
			return fail(name, `not a readable zip file: ${e.message}`);
		}
		if (Object.values(entries).reduce((n, b) => n + b.byteLength, 0) > maxBytes) return fail(name, `its contents are larger than the import limit of ${megabytes(maxBytes)}`);
		const names = Object.keys(entries);
		const csvs = names.filter((n) => /\.(csv|tsv|txt)$/i.test(n));
		if (csvs.length === 2 && names.length === 2) {
			const texts = [];
			for (const n of csvs) {
				const decoded = decodeText(entries[n]);
				if (!decoded.ok) return fail(`${name}: ${n}`, decoded.message);
				texts.push({
					name: n,
					text: decoded.text
				});
			}
			return importCsvPair(texts, options);
		}
		if (names.length === 1) {
			const inner = names[0];
			return importOne(inner, entries[inner], options, maxBytes, false);
		}
		return fail(name, `the zip holds ${names.length === 0 ? "no supported file" : `${names.length} files (${someNames(names)})`}; expected one graph file, or nodes.csv and edges.csv`);
	}
	/** The first few names of a list, then how many more ("a.csv, b.csv, … and 19,995 more"). */
	function someNames(names, shown = 5) {
		const head = names.slice(0, shown).join(", ");
		return names.length > shown ? `${head}, … and ${(names.length - shown).toLocaleString("en")} more` : head;
	}
	function importCsvPair(texts, options) {
		const [a, b] = texts;
		const aEdges = isEdgeHeaderLine(a.text);
		if (aEdges === isEdgeHeaderLine(b.text)) return fail(`${a.name}, ${b.name}`, "expected one edges CSV (with source and target columns) and one nodes CSV (with an id column)");
		const [edges, nodes] = aEdges ? [a, b] : [b, a];
		return parseCsv({
			edges,
			nodes
		}, options);
	}
	/**
	* UTF-8 (BOM removed), UTF-16 with a BOM, or, for files that are not valid UTF-8, Shift_JIS (what
	* Excel saves for Japanese users) with a warning. Binary data is refused.
	*/
	function decodeText(bytes) {
		let text;
		let warning;
		if (bytes[0] === 255 && bytes[1] === 254) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
		else if (bytes[0] === 254 && bytes[1] === 255) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
		else {
			const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
			try {
				text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
			} catch {
				let sjis;
				try {
					sjis = new TextDecoder("shift_jis", { fatal: true });
				} catch {
					sjis = void 0;
				}
				try {
					if (!sjis) throw new Error("no decoder");
					text = sjis.decode(bytes);
					warning = "the file is not UTF-8; it was read as Shift_JIS (check that names look right)";
				} catch {
					return {
						ok: false,
						message: "not a text file: expected UTF-8 text (or a zip)"
					};
				}
			}
		}
		if (text.includes("\0")) return {
			ok: false,
			message: "not a text file (it contains NUL bytes); expected UTF-8 text (or a zip)"
		};
		return warning ? {
			ok: true,
			text,
			warning
		} : {
			ok: true,
			text
		};
	}
	// src/io/serialized-check.ts
	const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
	/** What is wrong with a graphology export the app would rely on, or null when nothing is. */
	function checkSerializedGraph(data) {
		if (!isObject(data)) return `expected a graphology export object ({ nodes, edges }), got ${describeValue(data)}`;
		if (!Array.isArray(data.nodes)) return `expected "nodes" to be an array, got ${describeValue(data.nodes)}`;
		if (!Array.isArray(data.edges)) return `expected "edges" to be an array, got ${describeValue(data.edges)}`;
		for (const [i, node] of data.nodes.entries()) {
			const where = `node #${i + 1}`;
			if (!isObject(node) || typeof node.key !== "string") return `${where}: expected a string "key", got ${describeValue(isObject(node) ? node.key : node)}`;
			if (isReservedNodeId(node.key)) return `${where}: ${reservedNodeIdMessage(node.key)}`;
			const a = node.attributes;
			const named = `${where} ("${node.key}")`;
			if (!isObject(a)) return `${named}: expected "attributes", got ${describeValue(a)}`;
			for (const field of [
				"label",
				"labelJa",
				"kind"
			]) if (typeof a[field] !== "string") return `${named}: expected attributes.${field} to be a string, got ${describeValue(a[field])}`;
			if (!Array.isArray(a.aliases)) return `${named}: expected attributes.aliases to be an array, got ${describeValue(a.aliases)}`;
		}
		for (const [i, edge] of data.edges.entries()) {
			const where = `edge #${i + 1}`;
			if (!isObject(edge) || typeof edge.key !== "string") return `${where}: expected a string "key", got ${describeValue(isObject(edge) ? edge.key : edge)}`;
			const named = `${where} ("${edge.key}")`;
			if (typeof edge.source !== "string" || typeof edge.target !== "string") return `${named}: expected string "source" and "target", got ${describeValue(edge.source)} and ${describeValue(edge.target)}`;
			const reserved = [edge.source, edge.target].find(isReservedNodeId);
			if (reserved !== void 0) return `${named}: ${reservedNodeIdMessage(reserved)}`;
			const a = edge.attributes;
			if (!isObject(a)) return `${named}: expected "attributes", got ${describeValue(a)}`;
			for (const field of [
				"relation",
				"status",
				"certainty"
			]) if (typeof a[field] !== "string") return `${named}: expected attributes.${field} to be a string, got ${describeValue(a[field])}`;
			if (!Array.isArray(a.evidence)) return `${named}: expected attributes.evidence to be an array, got ${describeValue(a.evidence)}`;
		}
		return null;
	}
	// src/io/import-protocol.ts
	/** Worker side: runs imports, reports progress, honours cancel requests, stores and restores. */
	function createImportHandler(post, options = {}) {
		const running = /* @__PURE__ */ new Map();
		const store = options.store ?? createDatasetStore(null);
		let kept = null;
		const sendGraph = (id, graph) => {
			for (const part of graphParts(graph)) post({
				type: "graph",
				id,
				part
			});
		};
		return async (request) => {
			if (request.type === "cancel") {
				running.get(request.id)?.abort();
				return;
			}
			if (request.type === "store") {
				const graph = kept?.id === request.id ? kept.graph : null;
				kept = null;
				const result = graph ? await store.save({
					...request.info,
					active: true,
					graph
				}) : {
					ok: false,
					message: `import worker: import ${request.id} has no graph to store`
				};
				if (!result.ok && graph) await store.setActive(false);
				post({
					type: "stored",
					id: request.id,
					result
				});
				return;
			}
			if (request.type === "restore") {
				post({
					type: "restored",
					id: request.id,
					result: await restore(request.id)
				});
				return;
			}
			if (request.type !== "import" || !Array.isArray(request.files)) return;
			const controller = new AbortController();
			running.set(request.id, controller);
			const fail = (message) => ({
				ok: false,
				errors: [{
					where: "file",
					message
				}],
				warnings: []
			});
			try {
				let result;
				kept = null;
				try {
					const imported = await importFiles(request.files, {
						maxBytes: request.maxBytes,
						signal: controller.signal,
						sliceMs: 50,
						onProgress: (progress) => post({
							type: "progress",
							id: request.id,
							progress
						})
					});
					if (imported.ok) {
						const graph = imported.graph.export();
						try {
							sendGraph(request.id, graph);
							kept = {
								id: request.id,
								graph
							};
							result = {
								ok: true,
								warnings: imported.warnings,
								format: imported.format
							};
						} catch (e) {
							result = fail(`import worker: the imported graph could not be sent to the page (${describe(e)}); expected plain values nested at most a few levels deep`);
						}
					} else result = imported;
				} catch (e) {
					result = fail(`import worker: internal error: ${describe(e)}`);
				}
				post({
					type: "done",
					id: request.id,
					result
				});
			} finally {
				running.delete(request.id);
			}
		};
		async function restore(id) {
			const loaded = await store.load();
			if (!loaded.ok) return loaded;
			const d = loaded.value;
			if (!d) return {
				ok: true,
				info: null,
				sent: false
			};
			const info = {
				name: d.name,
				importedAt: d.importedAt,
				files: d.files,
				format: d.format
			};
			if (!d.active) return {
				ok: true,
				info: {
					...info,
					active: false
				},
				sent: false
			};
			const problem = checkSerializedGraph(d.graph);
			if (problem) {
				await store.remove();
				return {
					ok: false,
					message: `stored import "${d.name}": ${problem}; it has been removed, showing the default dataset`
				};
			}
			try {
				sendGraph(id, d.graph);
			} catch (e) {
				return {
					ok: false,
					message: `stored import "${d.name}" could not be sent (${describe(e)})`
				};
			}
			return {
				ok: true,
				info: {
					...info,
					active: true
				},
				sent: true
			};
		}
	}
	function describe(e) {
		return e instanceof Error ? e.message : String(e);
	}
	// src/io/import-worker.ts
	const scope = self;
	const handle = createImportHandler((message) => scope.postMessage(message), { store: createDatasetStore(indexedDbBackend()) });
	scope.onmessage = (event) => void handle(event.data);
})();
