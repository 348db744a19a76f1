// Runs a declarative Jenkinsfile the way a Jenkins agent would, as far as its model goes: it checks the structure
// (pipeline > agent and stages; stages > stage; stage > when, steps, parallel or stages; when > expression; steps >
// sh, echo, script, catchError) and runs each sh step with /bin/sh -xe. Stages of a parallel block run one after
// another, an order Jenkins may also choose. Any other step or misplaced block is an error, as Jenkins' validator
// would report it. Usage: groovy declarative.groovy Jenkinsfile
def file = new File(args[0])
def context = []
def result = 'SUCCESS'

def inside = { List allowed, String what ->
    if (context.isEmpty() || !(context[-1] in allowed)) {
        throw new IllegalStateException("${what} is not allowed in ${context ? context[-1] : 'the file'}")
    }
}
def within = { String name, Closure body ->
    context << name
    try {
        body.call()
    } finally {
        context.remove(context.size() - 1)
    }
}

def binding = new Binding()
binding.setVariable('any', 'any')
def stageRunner
binding.setVariable('pipeline', { Closure body ->
    if (!context.isEmpty()) throw new IllegalStateException('pipeline must be the top block')
    within('pipeline', body)
    println "Finished: ${result}"
})
binding.setVariable('agent', { a -> inside(['pipeline'], 'agent') })
binding.setVariable('stages', { Closure body -> inside(['pipeline', 'stage'], 'stages'); within('stages', body) })
binding.setVariable('stage', { String name, Closure body ->
    inside(['stages', 'parallel'], "stage('${name}')")
    def parts = [:]
    context << 'stage-declaration'
    binding.setVariable('__parts', parts)
    try {
        body.call()
    } finally {
        context.remove(context.size() - 1)
    }
    def kinds = ['steps', 'parallel', 'stages'].findAll { parts[it] != null }
    if (kinds.size() != 1) throw new IllegalStateException("stage('${name}') needs exactly one of steps, parallel, stages")
    if (parts.when != null) {
        def ok
        within('when', { ok = parts.when.call() })
        if (!ok) {
            println "Stage \"${name}\" skipped due to when conditional"
            return
        }
    }
    println "[Pipeline] stage ${name}"
    if (parts.steps != null) within('steps', parts.steps)
    if (parts.parallel != null) within('parallel', parts.parallel)
    if (parts.stages != null) within('stages', parts.stages)
})
['when', 'steps', 'parallel', 'options', 'post', 'environment'].each { key ->
    binding.setVariable(key, { Closure body ->
        inside(['stage-declaration'], key)
        def parts = binding.getVariable('__parts')
        if (parts[key] != null) throw new IllegalStateException("${key} given twice in one stage")
        if (key == 'when') {
            parts.when = {
                def conditions = []
                binding.setVariable('__conditions', conditions)
                body.call()
                if (conditions.size() != 1) throw new IllegalStateException('when needs one condition here')
                conditions[0].call()
            }
        } else if (key in ['steps', 'parallel']) {
            parts[key] = body
        } else {
            throw new IllegalStateException("${key} is not used by itplan's Jenkinsfiles")
        }
    })
}
binding.setVariable('expression', { Closure c -> inside(['when'], 'expression'); binding.getVariable('__conditions') << c })
def stepPlaces = ['steps', 'script', 'catchError']
binding.setVariable('echo', { String s -> inside(stepPlaces, 'echo'); println s })
binding.setVariable('script', { Closure c -> inside(stepPlaces, 'script'); within('script', c) })
binding.setVariable('catchError', { Map options, Closure c ->
    inside(stepPlaces, 'catchError')
    try {
        within('catchError', c)
    } catch (Exception e) {
        println "ERROR: ${e.message}"
        result = options.buildResult ?: 'FAILURE'
    }
})
binding.setVariable('sh', { String script ->
    inside(stepPlaces, 'sh')
    def p = new ProcessBuilder(['/bin/sh', '-xe', '-c', script]).redirectErrorStream(true).start()
    p.inputStream.eachLine { println it }
    int rc = p.waitFor()
    if (rc != 0) throw new RuntimeException("script returned exit code ${rc}")
})

new GroovyShell(binding).evaluate(file)
if (result != 'SUCCESS') System.exit(1)
