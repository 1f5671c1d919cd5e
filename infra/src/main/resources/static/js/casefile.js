/*
 * Dossier opgroeiruimte: the one script of the pages.
 *
 * 1. Forms with data-api record through the JSON API: the controls' names are JSON paths, the answer's
 *    RFC 9457 problem puts each error (errors[].field, or field) next to the control it concerns.
 * 2. The live status in the footer follows the server-sent events connection (htmx sse extension).
 */
(function () {
    'use strict';

    // the Dutch message for each rule, from the messages bundle (problem.<rule> in messages_nl.properties)
    var MESSAGES = {};
    try {
        var bundled = document.getElementById('meldingen-per-regel');
        if (bundled) MESSAGES = JSON.parse(bundled.textContent);
    } catch (e) {
        MESSAGES = {};
    }
    var UNKNOWN_FIELD = 'Dit is niet goed ingevuld.';
    var UNKNOWN_RULE = 'het dossier nam dit niet aan.';
    var MISSING_CHOICE = 'Maak een keuze.';

    // ---------------------------------------------------------------- building the request

    function newKey() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }

    function segments(path) {
        var parts = [];
        path.split('.').forEach(function (part) {
            var match = /^([^\[]+)((?:\[\d+])*)$/.exec(part);
            if (!match) { parts.push(part); return; }
            parts.push(match[1]);
            (match[2].match(/\d+/g) || []).forEach(function (n) { parts.push(Number(n)); });
        });
        return parts;
    }

    function put(target, path, value, merge) {
        var keys = segments(path);
        var node = target;
        for (var i = 0; i < keys.length - 1; i++) {
            if (node[keys[i]] === undefined) node[keys[i]] = typeof keys[i + 1] === 'number' ? [] : {};
            node = node[keys[i]];
        }
        var last = keys[keys.length - 1];
        if (merge && value && typeof value === 'object') {
            node[last] = Object.assign(node[last] || {}, value);
        } else {
            node[last] = value;
        }
    }

    /** An object left blank: each of its values absent, an empty list, or itself a blank object. */
    function blankObject(value) {
        return value !== null && typeof value === 'object' && !Array.isArray(value)
            && Object.keys(value).every(function (k) {
                var v = value[k];
                return v === undefined || (Array.isArray(v) && v.length === 0) || blankObject(v);
            });
    }

    /** Drops what was left blank: a row of a list nobody filled in, a part (a successor, say) left empty. */
    function compact(value) {
        if (Array.isArray(value)) {
            return value.filter(function (v) { return v !== undefined && !blankObject(v); }).map(compact);
        }
        if (value && typeof value === 'object') {
            Object.keys(value).forEach(function (k) {
                if (blankObject(value[k])) delete value[k];
                else value[k] = compact(value[k]);
            });
        }
        return value;
    }

    function valueOf(control) {
        if (control.hasAttribute('data-bool')) {
            if (control.type === 'checkbox') return control.checked;
            return control.value === 'true';
        }
        if (control.hasAttribute('data-lines')) {
            return control.value.split('\n').map(function (line) { return line.trim(); }).filter(Boolean);
        }
        if (control.value === '') return undefined;
        if (control.hasAttribute('data-json')) return JSON.parse(control.value);
        if (control.type === 'number') return Number(control.value);
        return control.value;
    }

    /** The URL (its {placeholders} filled) and the JSON body of a form. */
    function request(form) {
        var body = {};
        var url = form.getAttribute('data-api');
        var missing = [];
        var files = [];
        Array.prototype.forEach.call(form.elements, function (control) {
            if (!control.name || control.disabled || control.type === 'submit') return;
            // a file goes as a part of its own (a multipart form), never into the JSON
            if (control.type === 'file') { files.push(control); return; }
            if ((control.type === 'radio' || (control.type === 'checkbox' && !control.hasAttribute('data-bool'))) && !control.checked) return;
            var value = valueOf(control);
            if (control.hasAttribute('data-path')) {
                if (value === undefined) missing.push(control);
                else url = url.replace('{' + control.name + '}', encodeURIComponent(value));
                return;
            }
            if (value === undefined) return;
            if (control.hasAttribute('data-list')) {
                var keys = segments(control.name);
                var list = keys.reduce(function (node, k) { return node && node[k]; }, body) || [];
                list.push(value);
                put(body, control.name, list);
                return;
            }
            put(body, control.name, value, control.hasAttribute('data-merge'));
        });
        Array.prototype.forEach.call(form.querySelectorAll('[data-field]'), function (group) {
            // a checkbox list with nothing checked is an empty list, not an absent one (unless, as the topics
            // of an amendment, nothing checked means: as it was)
            if (group.querySelector('input[data-list]') && !group.hasAttribute('data-absent-when-empty')
                    && body[group.getAttribute('data-field')] === undefined) {
                put(body, group.getAttribute('data-field'), []);
            }
        });
        return {url: url, body: compact(body), missing: missing, files: files};
    }

    // ---------------------------------------------------------------- showing problems

    function controlFor(form, field) {
        if (!field) return null;
        // a rule on a whole object (errors[].field "goals.validTerms") belongs to the object; one on the
        // command itself ("validRole") to the field it names, where the form has one
        var path = field.replace(/\.(valid\w+)$/, '');
        var own = /^valid([A-Z]\w*)$/.exec(path);
        if (own) {
            var named = own[1].charAt(0).toLowerCase() + own[1].substring(1);
            if (form.querySelector('[name="' + CSS.escape(named) + '"], [data-field="' + CSS.escape(named) + '"]')) path = named;
        }
        while (path) {
            var found = form.querySelector('[data-field="' + CSS.escape(path) + '"]')
                || form.querySelector('[name="' + CSS.escape(path) + '"]')
                // an object that is missing as a whole: its first control
                || form.querySelector('[name^="' + CSS.escape(path + '.') + '"]');
            if (found) return found;
            var cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut > 0 ? path.substring(0, cut) : '';
        }
        return null;
    }

    /**
     * A part left blank as a whole is not sent (see compact), so the API names the part ("owners"): besides
     * its first control, the other required controls of the part are marked too.
     */
    function missingAsAWhole(form, field, found) {
        if (!field || form.querySelector('[name="' + CSS.escape(field) + '"], [data-field="' + CSS.escape(field) + '"]')) return [];
        return Array.prototype.filter.call(
            form.querySelectorAll('[name^="' + CSS.escape(field + '.') + '"][aria-required="true"]'),
            function (control) { return control !== found; });
    }

    function errorElementFor(control) {
        var id = control.id;
        if (!id && control.closest('[data-field]')) id = control.closest('[data-field]').id;
        return id ? document.getElementById(id + '-error') : null;
    }

    function markInvalid(control, message, english) {
        var holder = control.matches('[data-field]') ? control : control;
        var error = errorElementFor(holder);
        var inputs = holder.matches('fieldset') ? holder.querySelectorAll('input, select, textarea') : [holder];
        Array.prototype.forEach.call(inputs, function (input) { input.setAttribute('aria-invalid', 'true'); });
        if (error) {
            error.textContent = message;
            if (english) error.setAttribute('lang', 'en'); else error.removeAttribute('lang');
            error.hidden = false;
        }
        return holder;
    }

    function clearErrors(form) {
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (c) { c.removeAttribute('aria-invalid'); });
        Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (e) { e.hidden = true; e.textContent = ''; });
        var box = form.querySelector('[data-form-error]');
        if (box) { box.hidden = true; box.textContent = ''; }
    }

    function formError(form, message) {
        var box = form.querySelector('[data-form-error]');
        if (!box) return;
        box.textContent = message;
        box.hidden = false;
        box.focus();
    }

    function focusable(control) {
        return control.matches('fieldset') ? control.querySelector('input, select, textarea') : control;
    }

    function showProblem(form, problem, status) {
        var errors = (problem && problem.errors && problem.errors.length) ? problem.errors
            : (problem && problem.field ? [{field: problem.field, rule: problem.rule, message: problem.detail}] : []);
        var first = null;
        var unplaced = [];
        errors.forEach(function (error) {
            var control = controlFor(form, error.field);
            var dutch = MESSAGES[error.rule];
            if (control && control.tagName === 'SELECT' && (error.rule === 'not-null' || error.rule === 'not-blank')) dutch = MISSING_CHOICE;
            // every word on the page is Dutch: a rule without a Dutch message gets a general one, never the API's English
            var message = dutch || UNKNOWN_FIELD;
            if (control) {
                var marked = markInvalid(control, message, false);
                first = first || marked;
                missingAsAWhole(form, error.field, control).forEach(function (other) {
                    markInvalid(other, other.tagName === 'SELECT' ? MISSING_CHOICE : message, false);
                });
            } else {
                unplaced.push(message);
            }
        });
        if (!errors.length) {
            var general = problem && MESSAGES[problem.rule];
            unplaced.push(general || (UNKNOWN_RULE + ' (' + status + ')'));
        }
        if (unplaced.length) {
            formError(form, 'Vastleggen is niet gelukt: ' + unplaced.join(' '));
        } else if (first) {
            var box = form.querySelector('[data-form-error]');
            if (box) { box.textContent = 'Vastleggen is niet gelukt. Verbeter de gemarkeerde velden.'; box.hidden = false; }
            focusable(first).focus();
        }
    }

    // ---------------------------------------------------------------- sending

    function announce(message) {
        var region = document.getElementById('meldingen');
        if (region) region.textContent = message;
    }

    function submit(form) {
        clearErrors(form);
        var built = request(form);
        if (built.missing.length) {
            built.missing.forEach(function (control) { markInvalid(control, MISSING_CHOICE, false); });
            focusable(built.missing[0]).focus();
            return;
        }
        if (!form.dataset.idempotencyKey) form.dataset.idempotencyKey = newKey();
        var button = form.querySelector('[type="submit"]');
        if (button) button.setAttribute('aria-busy', 'true');
        var headers = {
            'Accept': 'application/json, application/problem+json',
            'Idempotency-Key': form.dataset.idempotencyKey
        };
        var payload;
        var jsonPart = form.getAttribute('data-multipart');
        if (jsonPart) {
            // an upload: each file control its part, the other controls as JSON in the part data-multipart names
            payload = new FormData();
            built.files.forEach(function (control) {
                if (control.files && control.files.length) payload.append(control.name, control.files[0]);
            });
            payload.append(jsonPart, new Blob([JSON.stringify(built.body)], {type: 'application/json'}));
        } else {
            headers['Content-Type'] = 'application/json';
            payload = JSON.stringify(built.body);
        }
        fetch(built.url, {
            method: 'POST',
            headers: headers,
            body: payload
        }).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
                if (response.ok) {
                    delete form.dataset.idempotencyKey;
                    delete form.dataset.dirty;
                    var redirect = form.getAttribute('data-redirect');
                    if (redirect && json && json.aggregateId) {
                        window.location.assign(redirect + encodeURIComponent(json.aggregateId));
                        return;
                    }
                    form.reset();
                    announce((form.getAttribute('data-success') || 'Vastgelegd.') + ' De pagina werkt zichzelf bij.');
                    // a person just registered: the forms are drawn again once they can offer them (see below)
                    var detail = form.hasAttribute('data-registers-person') && json && json.aggregateId
                        ? {personId: json.aggregateId} : {};
                    document.body.dispatchEvent(new CustomEvent('casefile:recorded', {bubbles: true, detail: detail}));
                } else {
                    if (response.status >= 400 && response.status < 500) delete form.dataset.idempotencyKey;
                    showProblem(form, json, response.status);
                }
            });
        }).catch(function () {
            formError(form, 'Er is geen verbinding met de server. Probeer het opnieuw; er wordt niets dubbel vastgelegd.');
        }).finally(function () {
            if (button) button.removeAttribute('aria-busy');
        });
    }

    document.addEventListener('submit', function (event) {
        var form = event.target.closest && event.target.closest('form[data-api]');
        if (!form) return;
        event.preventDefault();
        submit(form);
    });

    document.addEventListener('input', function (event) {
        var form = event.target.closest && event.target.closest('form[data-api]');
        if (form) form.dataset.dirty = 'true';
    });

    /** While someone has a form open on the case page, live updates leave the forms alone. */
    window.casefileFormOpen = function () {
        return document.querySelector('#vastleggen details[open]') !== null;
    };

    // Said here, not as an hx-trigger filter: htmx would evaluate that string, which the CSP forbids.
    document.addEventListener('htmx:confirm', function (evt) {
        var trigger = evt.detail.triggeringEvent;
        if (evt.detail.elt.id === 'vastleggen' && trigger && trigger.type === 'sse:case-file-changed' && window.casefileFormOpen()) {
            evt.preventDefault();
        }
    });

    // a live update asked for before the form was opened arrives after: it is not swapped in either
    document.addEventListener('htmx:beforeSwap', function (evt) {
        var config = evt.detail.requestConfig;
        var trigger = config && config.triggeringEvent;
        if (evt.detail.target && evt.detail.target.id === 'vastleggen' && trigger
                && trigger.type === 'sse:case-file-changed' && window.casefileFormOpen()) {
            evt.detail.shouldSwap = false;
        }
    });

    // the forms asked for again after a person was registered wait (briefly, on the server) until they offer them
    document.addEventListener('htmx:configRequest', function (evt) {
        var trigger = evt.detail.triggeringEvent;
        if (evt.detail.elt.id === 'vastleggen' && trigger && trigger.type === 'casefile:recorded'
                && trigger.detail && trigger.detail.personId) {
            evt.detail.parameters['persoon'] = trigger.detail.personId;
        }
    });

    // ---------------------------------------------------------------- live status

    function live(state, text) {
        var status = document.querySelector('[data-live-status]');
        if (!status) return;
        status.setAttribute('data-live-status', state);
        status.querySelector('.live-status-text').textContent = text;
    }

    document.addEventListener('htmx:sseOpen', function () {
        live('open', 'Live: deze pagina werkt zichzelf bij als er iets wordt vastgelegd.');
    });
    document.addEventListener('htmx:sseError', function () {
        live('closed', 'Live bijwerken is onderbroken; opnieuw verbinden…');
    });
    document.addEventListener('htmx:sseMessage', function (event) {
        if (event.detail && event.detail.type === 'case-file-changed') {
            var time = new Date().toLocaleTimeString('nl-NL', {hour: '2-digit', minute: '2-digit', second: '2-digit'});
            live('open', 'Live: bijgewerkt om ' + time + '.');
        }
    });
})();
